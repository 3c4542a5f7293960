a = [1, 2, 3]
b = ["x"]
print(list(zip(a, b)))
print([(i, j) for i, j in zip(range(10), "abc")])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
