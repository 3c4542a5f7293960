from fractions import Fraction
import math
print(Fraction(math.pi).limit_denominator(1000), Fraction(3.14159).limit_denominator(100))
print(Fraction(1, 2) + 0.5, Fraction(5, 10) == 0.5, Fraction(7, 3) // 1, Fraction(7, 3) % 1)
print(round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(1, 3) * 3 == 1)
print(sorted([Fraction(2, 3), Fraction(1, 2), Fraction(3, 4)]))
