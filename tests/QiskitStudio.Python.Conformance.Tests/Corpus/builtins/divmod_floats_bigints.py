print(divmod(10 ** 20 + 7, 10 ** 10), divmod(-10 ** 20, 3))
print(divmod(5.5, 1.5), divmod(-1, 0.3))
