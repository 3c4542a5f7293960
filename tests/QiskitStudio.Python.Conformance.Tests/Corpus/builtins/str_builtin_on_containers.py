print(str([1.0, "x", None]), str({1: "a"}), str((None,)))
print(str(range(3)), str(slice(1, 2)), str(type(None)))
