r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3])
print(5 in r, 6 in r, r.index(8), r.count(8))
print(range(5), range(0), list(range(5, 0, -1)), list(range(0, -10, -3)))
print(range(10)[::-1], list(range(10)[::-2]))
print(range(3) == range(0, 3), len(range(10 ** 5)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
