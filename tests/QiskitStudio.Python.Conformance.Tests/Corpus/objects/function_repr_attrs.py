def my_func(a, b=1):
    """doc"""
    return a
print(my_func.__name__, my_func.__doc__, my_func.__defaults__)
print(my_func.__qualname__)
class C:
    def meth(self): pass
print(C.meth.__name__, C.meth.__qualname__)
print(repr(my_func).startswith("<function my_func at"))
print(repr(print))
