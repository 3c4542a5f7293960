from fractions import Fraction
a = Fraction(1, 3)
b = Fraction(2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b)
print(Fraction(3), Fraction("3/7"), Fraction("0.25"), Fraction(0.5), -a, abs(-a))
print(a < b, a == Fraction(2, 6), a + 1, 2 * a, a ** 2, float(a), int(Fraction(7, 2)))
print(a.numerator, b.denominator, Fraction(6, -4))
print(sum([Fraction(1, n) for n in range(1, 5)]))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
