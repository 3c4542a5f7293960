import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isfinite(1.0), math.isnan(math.nan), math.isinf(math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3))
print(math.dist((0, 0), (3, 4)), math.erf(1), math.gamma(5))
print(math.floor(10 ** 20 + 0.5) == 10 ** 20, math.ceil(-0.5))
