class A: pass
a, b = A(), A()
print(a == a, a == b, a != b, a is a)
print(A == A, type(a) is A)
