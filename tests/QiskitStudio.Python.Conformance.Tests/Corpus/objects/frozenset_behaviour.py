f = frozenset([1, 2, 3])
print(len(f), 2 in f, sorted(f | {4}), type(f | {4}).__name__)
d = {f: "frozen key"}
print(d[frozenset([3, 2, 1])])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
print(frozenset([1]) == {1}, hash(frozenset()) == hash(frozenset()))
