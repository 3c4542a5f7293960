b = bytes([104, 105])
print(b, b.decode(), list(b), b + b"!", b * 2, b[0:1])
print("héllo".encode("utf-8"), len("héllo".encode()))
print(bytes(3), bytearray(b"ab"), b"abc".hex())
