for text in ["", " ", "1e5", "0x10", "1_", "_1", "١٢"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(e)
for value in [None, [1], "3.5.1"]:
    try:
        float(value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    complex("1+")
except ValueError as e:
    print(e)
