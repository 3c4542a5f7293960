print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)))
print(list(range(-3)), list(range(1, 10, 4)))
for i in range(3, 0, -1):
    print(i, end=" ")
print()
