a = [[0] * 3] * 2
a[0][0] = 1
print(a)
b = [[0] * 3 for _ in range(2)]
b[0][0] = 1
print(b)
c = a[:]
print(c is a, c[0] is a[0])
