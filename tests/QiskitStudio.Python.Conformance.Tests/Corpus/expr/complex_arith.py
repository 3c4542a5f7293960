a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, a * b, a / b)
print(a.conjugate(), abs(3 + 4j), a ** 2, -a)
print(a == complex(1, 2), complex("1+2j"), complex(2))
print(1j * 1j, (1 + 1j) ** 0.5 if False else "skip")
print(repr(complex(0, 1)), repr(complex(1.5, -0.0)), repr(complex(-0.0, 2)))
