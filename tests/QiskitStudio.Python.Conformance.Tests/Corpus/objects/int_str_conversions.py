print(str(-0), int("0"), int(" +5 "), int("1" * 30))
print(float("  1.5  "), float("-inf"), float("1e5"))
for bad in ("1.5", "abc", "", "1 2"):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
