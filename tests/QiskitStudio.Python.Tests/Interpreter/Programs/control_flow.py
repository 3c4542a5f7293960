for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("not reached")
for i in range(2):
    pass
else:
    print("for-else ran")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
x = 5
print("big" if x > 3 else "small", x > 3 and "yes", x < 3 or "fallback", not x)
print(0 or [] or "last", 1 and 2 and 3, None or 0)
print(1 < x < 10, 1 < x > 10, x == 5 != 6, x is not None, x in [5], x not in (1, 2))
if (m := x * 2) > 8:
    print("walrus", m)
values = [y for v in range(5) if (y := v * v) > 4]
print(values, y)
def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    else:
        return "pos"
print([classify(v) for v in (-1, 0, 1)])
for a, b in [(1, 2), (3, 4)]:
    print(a * b, end=" ")
print()
for i, (p, q) in enumerate([("x", 1), ("y", 2)]):
    print(i, p, q)
