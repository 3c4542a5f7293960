print(7 // 1, 0 // 5, -0, 0 * -1)
print(abs(-7), abs(7.5), abs(-0.0), abs(True))
print(int(-0.5), int(0.99999), round(-2.5), round(-3.5))
print(10 == 10.0, hash(10) == hash(10.0), 2 ** 1 == 2.0)
