a = [5, 3, 8, 1]
print(a.index(8), a.index(3, 1), a.count(9))
a[1:3] = [0] * 4
print(a)
a[::3] = ["x"] * len(a[::3])
print(a)
del a[-2:]
print(a, a * 2, [a] * 2 == [a, a])
b = list(range(10))
print(b[-3:-1], b[::-3], b[7:2:-2], b[100:0:-50])
b.sort(key=lambda v: (v % 3, -v))
print(b)
c = [3, 1, 2]
print(sorted(c), c, c.sort(), c)
print(list(reversed(c)), c[::-1] == list(reversed(c)))
