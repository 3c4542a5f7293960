from decimal import Decimal
a = Decimal("1.10")
b = Decimal("2.205")
print(a + b, a - b, a * b, repr(a), str(b))
print(Decimal("10") / Decimal("4"), Decimal("1") / Decimal("8"), Decimal("0.1") + Decimal("0.2"))
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.5").quantize(Decimal("1")), Decimal("3.5").quantize(Decimal("1")))
print(Decimal("1.50") == Decimal("1.5"), Decimal(5), Decimal("-0.00"), Decimal("1e3"))
print(Decimal("1.2") < Decimal("1.3"), int(Decimal("7.9")), float(Decimal("0.5")))
