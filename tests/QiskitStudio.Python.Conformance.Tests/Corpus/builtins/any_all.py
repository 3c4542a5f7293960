print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(isinstance(x, int) for x in [1, 2, 3.0]))
print(any("abc"), all(""))
