def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def kron(a, b):
    return [[x * y for x in ra for y in rb] for ra in a for rb in b]
def fmt(m):
    return "\n".join(" ".join(f"{v:>6.3f}" if isinstance(v, float) else f"{v:>6}" for v in row) for row in m)
X = [[0, 1], [1, 0]]
Z = [[1, 0], [0, -1]]
s = 2 ** -0.5
H = [[s, s], [s, -s]]
print(fmt(matmul(H, H)))
print(fmt(kron(X, Z)))
print(matmul(X, Z) == [[0, -1], [1, 0]])
