# expect: blocked
def f():
    return 1
F = type(f)
h = F(f.__code__, {})
