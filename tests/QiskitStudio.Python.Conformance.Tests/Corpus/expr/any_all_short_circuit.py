def check(v):
    print("check", v)
    return v > 1
print(any(check(v) for v in [0, 1, 2, 3]))
print(all(check(v) for v in [5, 0, 7]))
print(any([]), all([]), any(x for x in []))
