print(0 or "default", "" or [] or None, 1 and 2, 0 and 1)
print([] and "x", "a" or "b", None or 0)
def t(v):
    print("called", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not [], not [0], not None)
