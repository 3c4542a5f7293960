x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
f()
def g():
    y = x + 1
    return y
print(g())
