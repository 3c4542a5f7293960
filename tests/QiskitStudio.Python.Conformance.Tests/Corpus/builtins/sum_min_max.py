print(sum([1, 2, 3]), sum([]), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
print(min(3, 1, 2), max([1, 5, 2]), min("hello"), max("ab", "b"), max([1, 2], [1, 3]))
print(min([], default="empty"), max([(1, "b"), (1, "a")]), min([3, -4, 2], key=abs), max(["a", "bbb", "cc"], key=len))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
