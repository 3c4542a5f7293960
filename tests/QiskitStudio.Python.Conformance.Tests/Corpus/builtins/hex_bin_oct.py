print(hex(255), hex(-255), hex(0), bin(5), bin(-5), oct(8), oct(-8), bin(0))
print(hex(2 ** 70), bin(2 ** 10), oct(64))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
