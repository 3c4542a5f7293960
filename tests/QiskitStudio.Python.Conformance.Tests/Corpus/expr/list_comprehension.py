print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[c for c in w] for w in ["ab", "cd"]])
print([y for x in [[1, 2], [3]] for y in x])
x = "outer"
print([x for x in "ab"], x)
