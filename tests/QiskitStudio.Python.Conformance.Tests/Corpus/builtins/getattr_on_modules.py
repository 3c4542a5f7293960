import math
print(getattr(math, "pi") == math.pi, hasattr(math, "tau"), hasattr(math, "nonexistent"))
f = getattr(math, "sqrt")
print(f(81))
