x = 10
def f():
    y = 1
    return sorted(locals())
print(f())
print("x" in globals(), "f" in globals())
