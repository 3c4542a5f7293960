# expect: blocked
print(getattr(object, ''.join(['__', 'subclasses', '__']))())
