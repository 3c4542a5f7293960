add = lambda a, b=1: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, x=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x * x, range(4))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda x: x + 1)(41))
