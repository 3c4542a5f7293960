def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def empty():
    return
    yield
print(list(empty()))
