# expect: blocked
n = chr(95)*2 + 'globals' + chr(95)*2
print(getattr(print, n))
