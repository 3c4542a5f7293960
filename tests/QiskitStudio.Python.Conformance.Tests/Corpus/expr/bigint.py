a = 2 ** 100
print(a)
print(a * a)
print(a // 3, a % 1000007)
print(-a // 7, -a % 7)
print(10 ** 30 + 1)
print(int("123456789012345678901234567890") * 3)
print(2 ** 64 - 1, hex(2 ** 64), (2 ** 64) >> 3, 1 << 70)
print(factorial := 1)
for i in range(1, 26):
    factorial *= i
print(factorial)
print(-(2 ** 70), abs(-(2 ** 70)))
