for s, b in [("101", 2), ("ff", 16), ("FF", 16), ("z", 36), ("10", 8), ("0x10", 0), ("0o17", 0), ("  12  ", 10)]:
    print(s.strip(), b, int(s, b))
try:
    int("2", 2)
except ValueError as e:
    print(e)
