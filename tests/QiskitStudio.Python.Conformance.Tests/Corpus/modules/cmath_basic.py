import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi).real)
print(cmath.phase(1j), cmath.polar(1 + 1j), abs(cmath.rect(2, 0.5)))
z = cmath.exp(1j * cmath.pi / 4)
print(round(z.real, 12), round(z.imag, 12))
print(cmath.pi == 3.141592653589793, cmath.isclose(cmath.exp(2j), cmath.cos(2) + 1j * cmath.sin(2)))
print(cmath.log(-1), cmath.log10(100))
