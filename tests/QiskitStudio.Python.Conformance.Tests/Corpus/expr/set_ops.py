a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= a, {1} < a, a >= {1, 2}, a.isdisjoint({9}))
print({1, 2} == {2, 1}, {1} != {2})
s = {1}
s |= {2}
s &= {2, 3}
print(s)
