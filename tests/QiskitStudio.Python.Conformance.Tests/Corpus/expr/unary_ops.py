print(-5, +5, -(-5), ~5, not 5)
print(-True, +False, ~True)
print(-0.0, +(-0.0), abs(-0.0))
print(-(2 ** 80))
