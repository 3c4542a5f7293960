print(repr("a"), str("a"), repr(1), repr([1, "a"]), str([1, "a"]))
print(repr(1.0), str(1.0), repr(None), repr((1,)), repr(()))
print(repr({"a": "b"}), repr(set()), repr(frozenset([1])), repr(range(1, 5)), repr(range(0, 10, 2)))
print(ascii("é"), ascii([1, "ü"]))
