def f(a, b=2, c="c"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c="z"), f(a=0, b=0, c=0))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2))
print(f.__defaults__)
print(f.__name__)
