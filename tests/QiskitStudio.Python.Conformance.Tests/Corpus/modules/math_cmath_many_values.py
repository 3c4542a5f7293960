import math, cmath
vals = [0.1, 0.5, 0.9, 1.0, 1.5, 2.0, 3.7, 10.0, 100.5, -0.3, -2.2, 1e-8, 1e10]
out = []
for name in ["sqrt","exp","expm1","sin","cos","tan","asin","acos","atan","sinh","cosh","tanh","asinh","acosh","atanh","log","log2","log10","log1p","erf","erfc","cbrt","exp2","fabs","degrees","radians"]:
    f = getattr(math, name)
    row = []
    for v in vals:
        try:
            row.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    out.append(name + " " + " ".join(row))
for z in [1+1j, -1+0j, 0.5-2j, 3j, -2-3j, 1e-3+1e-3j]:
    row = []
    for name in ["sqrt","exp","log","log10","sin","cos","tan","asin","acos","atan","sinh","cosh","tanh","asinh","acosh","atanh","phase","polar"]:
        try:
            row.append(repr(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    out.append(repr(z) + " " + " ".join(row))
print("\n".join(out))
