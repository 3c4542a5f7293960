# expect: blocked
print(globals()['__builtins__'])
