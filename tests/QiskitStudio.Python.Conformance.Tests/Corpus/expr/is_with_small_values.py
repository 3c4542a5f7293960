a = None
print(a is None, a is not None)
print(True is True, False is not True)
x = []
y = x
print(x is y, [] is not [])
