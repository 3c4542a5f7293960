# expect: blocked
n = '\x5f\x5fglobals\x5f\x5f'
print(n)
