def to_bits(n, width):
    return format(n, f"0{width}b")
def hamming(a, b):
    return sum(x != y for x, y in zip(a, b))
def parity(bits):
    return bits.count("1") % 2
states = [to_bits(i, 4) for i in range(16)]
print(states[:6])
print([s for s in states if parity(s) == 0])
print(hamming("1010", "0110"), int("1101", 2), to_bits(5, 3)[::-1])
print({s: parity(s) for s in states[:4]})
