def printer():
    while True:
        print("got", (yield))
p = printer(); next(p); p.send("a"); p.send("b")
def summer():
    total = 0
    while True:
        total += yield total
s = summer(); next(s)
print(s.send(5), s.send(7))
def pairs():
    a, b = (yield 1), (yield 2)
    return a, b
g = pairs()
print(next(g), g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print(e.value)
def doubled():
    x = 10 + (yield "first")
    yield x
d = doubled(); print(next(d), d.send(5))
