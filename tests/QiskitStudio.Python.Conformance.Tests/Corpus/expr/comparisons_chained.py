x = 5
print(1 < x < 10, 1 < x > 10, 1 < x <= 5 < 6)
print(1 == 1 == 1, 1 == 1 != 2, 3 > 2 > 1 > 0)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(0) < v(2))
print(v(1) < v(2) < v(3))
print("a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
