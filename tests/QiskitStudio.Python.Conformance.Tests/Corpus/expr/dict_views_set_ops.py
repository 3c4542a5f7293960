a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b))
print(a.keys() == {"x", "y", "z"}, ("y", 2) in a.items(), len(a.values()))
print(list(reversed(a)), list(reversed(a.values())))
