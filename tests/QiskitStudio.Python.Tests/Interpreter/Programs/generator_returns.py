def g():
    for i in range(5):
        if i == 2:
            return "done"
        yield i
def h():
    while True:
        r = yield from g()
        yield r
        return
print(list(h()))
