pairs = [("a", 1), ("b", 2)]
for idx, (name, val) in enumerate(pairs):
    print(idx, name, val)
print(dict(enumerate("xyz")))
