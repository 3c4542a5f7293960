def f(*args, **kwargs):
    return args, kwargs
first, *middle, last = range(6)
print(first, middle, last)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
print(f(*range(3), *"ab", x=1, **{"y": 2}, z=3))
print([*range(2), *[9]], {*"aa", *"b"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
print(*[1, 2], sep="-")
