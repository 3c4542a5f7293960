x = 12345678901234567890
y = 98765432109876543210
print(x + y, x - y, x * y)
print(y // x, y % x, divmod(y, x))
print(x & y, x | y, x ^ y, ~x)
print(pow(3, 200, 10 ** 9 + 7), pow(x, 2))
print(x < y, x == 12345678901234567890, hash(5) == 5)
print(str(x)[::-1], len(str(2 ** 1000)))
print(x / 3)
