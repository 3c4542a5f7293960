def f(a): return a
try:
    f(**{"a": 1, "b": 2})
except TypeError as e:
    print(e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(e)
