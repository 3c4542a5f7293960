from fractions import Fraction as F
print(F("-2/4"), F(" 7 "), F("1.25e1"), F(-3, -9), F(F(1, 2), F(1, 3)))
print(F(1, 3) + 1.0, F(1, 2) * 1j if False else "skip", F(3, 4) ** 2, F(4, 9) ** F(1, 2))
print(F(1, 7).limit_denominator(3), F(22, 7).as_integer_ratio(), F(5, 2).is_integer() if hasattr(F, "is_integer") else False)
print(hash(F(1, 2)) == hash(0.5), F(0) == 0, bool(F(0)), F(1, 2) in {0.5}, max(F(1, 3), 0.3))
print(f"{F(1, 3)}", repr(F(-1, 3)), str(F(6, 3)))
try:
    F("abc")
except ValueError as e:
    print(e)
