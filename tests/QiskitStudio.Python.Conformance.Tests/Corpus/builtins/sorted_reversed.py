print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1], reverse=True), sorted({"b": 1, "a": 2}))
print(sorted([(2, "a"), (1, "b"), (1, "a")]))
print(list(reversed([1, 2, 3])), list(reversed(range(3))), "".join(reversed("abc")))
print(sorted([], key=len), sorted(["aa", "b"], key=len))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
