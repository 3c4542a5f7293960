def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, a=3))
def g(a, b=0, *rest, flag=False, **opts):
    return a, b, rest, flag, sorted(opts.items())
print(g(1))
print(g(1, 2, 3, 4, flag=True, z=1, y=2))
