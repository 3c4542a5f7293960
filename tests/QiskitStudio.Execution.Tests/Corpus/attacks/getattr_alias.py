# expect: blocked
g = getattr
print(g(object, 'mro'))
