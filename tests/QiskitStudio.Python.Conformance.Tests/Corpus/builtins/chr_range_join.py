print("".join(chr(c) for c in range(ord("a"), ord("a") + 26)))
print([ord(c) - 48 for c in "2024"])
