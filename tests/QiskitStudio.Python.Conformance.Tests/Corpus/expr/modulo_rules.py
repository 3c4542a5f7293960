for a in (7, -7):
    for b in (3, -3):
        print(a, b, a % b, a // b)
print(5.5 % 2, -5.5 % 2, 5 % 2.5)
print("%d%%" % 50)
