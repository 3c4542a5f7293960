o = object()
print(type(o).__name__, isinstance(o, object), isinstance(1, object))
class A(object):
    pass
print(A.__bases__[0].__name__, issubclass(A, object))
print(str(object).startswith("<class"))
