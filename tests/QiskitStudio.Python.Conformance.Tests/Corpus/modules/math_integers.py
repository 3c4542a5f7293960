import math
print(math.gcd(0, 0), math.gcd(2 ** 40, 6 ** 20), math.gcd(-4, 6), math.gcd(3, 5, 9) if False else math.gcd(9, 12))
print(math.factorial(25), math.comb(50, 25), math.isqrt(10 ** 30))
print(math.floor(-0.0), math.ceil(10 ** 20 / 3) > 0, math.trunc(1e20))
