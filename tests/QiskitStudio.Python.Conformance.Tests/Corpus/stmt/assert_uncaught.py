x = 5
print("checking")
assert x < 3, f"x too big: {x}"
