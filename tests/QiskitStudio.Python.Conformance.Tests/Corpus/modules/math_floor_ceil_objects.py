import math
from fractions import Fraction
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), math.floor(-3.5), math.ceil(-3.5))
print(math.floor(True), math.ceil(5), type(math.floor(2.0)).__name__)
try:
    math.floor(float("nan"))
except ValueError as e:
    print(e)
try:
    math.ceil(float("inf"))
except OverflowError as e:
    print(e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(e)
try:
    math.isqrt(-1)
except ValueError as e:
    print(e)
