b = b"abc"
print(b, len(b), b[0])
print(b"\x00\xff")
print(type(b).__name__)
