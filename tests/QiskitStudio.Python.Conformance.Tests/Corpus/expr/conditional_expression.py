for n in (-1, 0, 1):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = [1, 2] if True else None
print(x)
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
