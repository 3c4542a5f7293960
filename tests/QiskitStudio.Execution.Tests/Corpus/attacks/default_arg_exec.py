# expect: blocked
def f(x=exec):
    x('print(1)')
f()
