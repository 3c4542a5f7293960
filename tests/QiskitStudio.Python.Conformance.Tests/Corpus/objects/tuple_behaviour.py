t = (1, 2, 3, 2)
print(t.count(2), t.index(3), len(t), t[::-1], 2 in t)
print((), (1,), tuple([1, 2]), tuple("ab"))
print(hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(t + (5,), min(t), max(t), sorted(t))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested])
