a = list(range(6))
a[1:3] = []
print(a)
a[:0] = ["start"]
print(a)
a[len(a):] = ["end"]
print(a)
a[::2] = ["x"] * len(a[::2])
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
b = [1, 2, 3]
b[1:2] = "abc"
print(b)
