n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", ">10d", "010d", "+d", " d", "-d", ",", "_", "_x", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "c", "n", "=+12d", "*>12,"]:
    if spec == "c":
        print(repr(format(65, spec)))
    else:
        print(repr(spec), repr(format(n, spec)))
print(format(-42, "08d"), format(-42, "=8d"), format(42, "=+8d"))
