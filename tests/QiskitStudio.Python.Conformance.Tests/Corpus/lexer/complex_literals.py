z = 2 + 3j
print(z, z.real, z.imag)
print(z * 1j)
print(abs(3 + 4j))
print(1j ** 2)
print((1 + 2j) / (3 - 4j))
print(complex(1, -1), -1j, 0j + 0)
