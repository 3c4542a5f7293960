import math
for x in (0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi):
    print(round(math.sin(x), 12), round(math.cos(x), 12), round(math.tan(x), 6) if x != math.pi / 2 else "inf")
print(math.atan2(1, 1), math.asin(1), math.acos(0), math.atan(1))
print(math.degrees(math.pi), math.radians(180))
print(math.sinh(1), math.cosh(1), math.tanh(1))
