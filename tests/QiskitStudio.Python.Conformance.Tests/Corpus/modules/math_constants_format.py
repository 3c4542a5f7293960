import math
print(f"{math.pi:.10f} {math.e:.5e} {math.sqrt(2):g} {math.tau:10.4f}|")
print(math.inf > 10 ** 300, -math.inf < -10 ** 300, math.nan == math.nan)
print(math.floor(math.pi * 100) / 100, round(math.e, 3))
