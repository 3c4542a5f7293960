from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("2.675").quantize(Decimal("0.01")))
print(Decimal("-1.999").quantize(Decimal("0.1"), rounding=ROUND_DOWN))
print(Decimal("100") * Decimal("0.07"), sum([Decimal("0.1")] * 3))
print(Decimal("1.000") + Decimal("2"), -Decimal("5.5"), abs(Decimal("-2.50")))
print(Decimal("7") // Decimal("2"), Decimal("7") % Decimal("2"), Decimal("2") ** 10)
print(Decimal(10) / Decimal(3))
