print(1 + 2.0, 1 + 2j, 2.0 + 1j, True + 1, True + 1.5)
print(3 * True, 10 // 3.0, 2 ** 2.0, 7 % 2.5)
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(True + True).__name__)
print(1 == 1.0 == (1 + 0j))
