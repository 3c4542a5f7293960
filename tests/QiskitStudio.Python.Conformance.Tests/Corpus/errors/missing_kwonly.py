def f(*, mode): pass
f()
