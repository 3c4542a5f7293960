x = 1234.5678
print(str(x), "%s" % x, "%r" % x, format(x), format(x, ""))
print("%f %e %g" % (x, x, x))
print("%.3f|%10.2f|%-10.1f|%+.0f" % (x, x, x, x))
print(format(1e-5, "g"), format(1e16, "g"), format(123456789.0, "g"))
print(format(0.0, "e"), format(-0.0, "f"), format(float("inf"), "f"), format(float("nan"), ".2f"))
