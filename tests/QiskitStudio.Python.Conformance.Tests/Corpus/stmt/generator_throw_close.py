def worker():
    try:
        while True:
            try:
                value = yield
                print("got", value)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")
g = worker()
next(g)
g.send(1)
g.throw(ValueError("bad"))
g.send(2)
g.close()
print("closed")
def simple():
    yield 1
    yield 2
s = simple()
print(next(s))
s.close()
print(next(s, "exhausted"))
