print(max([("a", 1), ("b", 1)], key=lambda p: p[1]))
print(min([("a", 1), ("b", 1)], key=lambda p: p[1]))
print(max(1, 1.0), min(1.0, 1), max(-0.0, 0.0))
