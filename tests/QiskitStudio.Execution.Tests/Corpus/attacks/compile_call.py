# expect: blocked
code = compile('print(1)', 'x', 'exec')
