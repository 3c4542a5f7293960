def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(10)])
def squares(items):
    for x in items:
        if x % 2:
            yield x * x
print(sum(squares(range(10))), list(squares([1, 2, 3])))
def delegate():
    yield "start"
    result = yield from sub()
    yield result
def sub():
    yield 1
    yield 2
    return "sub-done"
print(list(delegate()))
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return
e = echo(); next(e)
print(e.send("a"), e.send("b"))
g = (x * 2 for x in range(5))
print(next(g), list(g), sum(x for x in range(101)))
def with_try():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
print(list(with_try()))
def guarded():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as err:
            yield f"caught {err}"
print(list(guarded()))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
def gen_return():
    yield 1
    return 5
try:
    g2 = gen_return(); next(g2); next(g2)
except StopIteration as stop:
    print("stop value", stop.value)
print(dict((k, len(k)) for k in ["a", "bb"]), any(x > 3 for x in [1, 5]), all(x for x in []))
def nested_gen():
    for i in range(2):
        for j in range(2):
            yield (i, j)
print(list(nested_gen()))
