def p(x):
    print("p", x)
    return x
d = {p("k1"): p("v1"), p("k2"): p("v2")}
print(p(1) + p(2) * p(3))
lst = [p("a"), p("b")]
f = lambda *a, **k: a
f(p("x"), p("y"), z=p("z"))
