x = 10
result = [[x * y for y in range(3)] for x in range(3)]
print(result, x)
print({k: [v for v in range(k)] for k in range(4)})
gen = (i * j for i in range(3) for j in range(3) if i != j)
print(list(gen))
funcs = [lambda n=n: n * 2 for n in range(3)]
print([f() for f in funcs])
print([y for y in [1, 2, 3] if y > 1 if y < 3])
matrix = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in matrix])
