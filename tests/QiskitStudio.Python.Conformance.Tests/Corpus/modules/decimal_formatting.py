from decimal import Decimal as D
for s in ["0", "-0.0", "1.000", "123.4500", "1e5", "1E-7", "0.00001", "-12345.678e-3", "1e+20", "Infinity", "-NaN"]:
    print(s, str(D(s)), repr(D(s)))
print(D(1) / D(3), D(2) / D(3), D(-7) / D(2))
print(D("1.1") + D("2.2") == D("3.3"), D("0.1") + D("0.2"))
print(D(10) ** -2, D("1.5") * 2, 3 - D("0.5"))
print(D("2.5").quantize(D("1")), D("3.5").quantize(D("1")), D("-2.5").quantize(D("1")))
print(int(D("-3.9")), float(D("2.5")), round(D("2.675"), 2), D("7.00").normalize())
try:
    D(1) / D(0)
except ZeroDivisionError as e:
    print(type(e).__name__)
