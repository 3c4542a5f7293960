print(ord("a"), ord("Z"), ord("\n"), ord("é"), ord("😀"))
print(chr(65), chr(8364), chr(128512), repr(chr(10)), repr(chr(0)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
