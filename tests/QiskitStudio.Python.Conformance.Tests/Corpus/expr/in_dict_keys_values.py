d = {"a": 1, "b": 2}
print("a" in d, "c" not in d, 2 in d.values(), ("a", 1) in d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
