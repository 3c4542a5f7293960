print(repr(10), repr(-3), repr(2 ** 65), repr(1.0), repr(-2.5), repr(1e-9))
print(str(1 + 0j), repr(2j), repr(1.5 + 2j), repr(-1 - 1j))
print(repr(True), repr(None), repr(...), repr(NotImplemented))
