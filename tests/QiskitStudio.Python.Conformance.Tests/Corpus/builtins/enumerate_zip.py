for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(zip(["a", "b"], [1, 2])))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
