print(0xff == 0XFF == 255)
print(1.0e0, 1.e2, 10e-1)
print(float("1_0.5"))
print(int("1_000"), int("0x1f", 16), int("0b101", 0), int("z", 36))
