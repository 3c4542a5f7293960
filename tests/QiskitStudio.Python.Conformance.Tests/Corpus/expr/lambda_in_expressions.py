ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
print((lambda: (yield_ := 5))())
