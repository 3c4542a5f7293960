def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    yield r
    yield from [10, 20]
    yield from range(2)
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
