def gen():
    yield 1
    raise IndexError("from generator")
for v in gen():
    print(v)
