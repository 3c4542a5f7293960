def worker():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
    except GeneratorExit:
        print("never printed here")
    finally:
        print("worker finished")
    return total
w = worker()
print(next(w), w.send(5), w.send(10))
try:
    w.send(None)
except StopIteration as stop:
    print("returned", stop.value)
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"handled {e}"
r = resilient()
print(next(r), r.throw(ValueError("boom")), next(r))
def inner():
    received = yield "inner-1"
    yield f"inner got {received}"
    return "inner-result"
def outer():
    result = yield from inner()
    yield f"outer got {result}"
o = outer()
print(next(o), o.send("hello"), next(o))
print(list(o))
g = (i * i for i in range(4))
print(type(g).__name__, next(g), list(g), list(g))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
first = []
for v in infinite():
    if v >= 5:
        break
    first.append(v)
print(first)
def pipeline(data):
    cleaned = (d.strip() for d in data)
    nonempty = (d for d in cleaned if d)
    return [d.upper() for d in nonempty]
print(pipeline([" a ", "", " b"]))
def gen_in_class():
    class Tree:
        def __init__(self, value, children=()):
            self.value = value
            self.children = list(children)
        def walk(self):
            yield self.value
            for child in self.children:
                yield from child.walk()
    return list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)]).walk())
print(gen_in_class())
def early_return(flag):
    if flag:
        return
    yield "value"
print(list(early_return(True)), list(early_return(False)))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(sum(deep(200)))
