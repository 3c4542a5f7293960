def f(a, *, key, other=5):
    return a, key, other
print(f(1, key=2))
print(f(1, other=3, key=4))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
