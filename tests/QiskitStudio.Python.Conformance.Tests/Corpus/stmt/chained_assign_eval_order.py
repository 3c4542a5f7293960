def val(n):
    print("eval", n)
    return n
a = [0, 0, 0]
a[val(0)] = a[val(1)] = val(2)
print(a)
x, y = val(3), val(4)
