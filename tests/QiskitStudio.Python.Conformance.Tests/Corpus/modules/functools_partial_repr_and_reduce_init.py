import functools
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
p = functools.partial(max, 5)
print(p(3), p(10), p(1, 2, 3))
