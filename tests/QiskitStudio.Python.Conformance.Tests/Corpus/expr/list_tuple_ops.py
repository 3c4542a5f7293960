print([1, 2] + [3], [0] * 3, (1,) * 2, (1, 2) + (3,))
print([1, 2] * 0, 2 * [[0]])
print([3, 1] < [3, 2], (1, 2) == (1, 2), [1, 2] != [2, 1])
t = 1, 2, 3
print(t, type(t).__name__, len(t))
single = 5,
print(single, ())
