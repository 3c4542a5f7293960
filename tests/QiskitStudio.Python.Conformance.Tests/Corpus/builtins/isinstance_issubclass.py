print(isinstance(1, int), isinstance(1, (str, float)), isinstance(True, int), isinstance("s", str))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)), isinstance(1.0, (int, float)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, A), issubclass(B, (int, A)))
print(issubclass(int, object), isinstance(int, type), isinstance(A, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
