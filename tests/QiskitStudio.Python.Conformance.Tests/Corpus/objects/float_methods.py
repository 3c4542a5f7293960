print((2.5).is_integer(), (3.0).is_integer())
print((0.5).as_integer_ratio(), (2.75).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (1.5).hex())
print(float("1e400"), float("-nan") != float("nan"))
import math
print(math.isnan(float("nan")), math.isinf(float("-inf")))
