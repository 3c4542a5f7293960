a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(2 in a, 3 not in a, "b" in "abc", "bc" in "abc", "" in "x")
print("k" in {"k": 1}, 1 in {"k": 1}.values(), 1 in {1, 2}, 5 in range(10))
print(None is None, x := None is None)
