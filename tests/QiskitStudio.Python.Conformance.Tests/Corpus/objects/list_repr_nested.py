a = [1, "two", 3.0, None, True, [4, [5]], (6,), {"k": "v"}]
print(a)
print(repr(a))
b = [1]
b.append(b)
print(b)
print([[]], [()], [""], [0.1])
