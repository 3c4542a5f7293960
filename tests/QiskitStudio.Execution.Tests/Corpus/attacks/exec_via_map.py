# expect: blocked
list(map(exec, ['print(1)']))
