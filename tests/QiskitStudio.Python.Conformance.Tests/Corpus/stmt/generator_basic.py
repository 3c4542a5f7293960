def gen(n):
    for i in range(n):
        yield i * i
g = gen(4)
print(next(g), next(g))
print(list(g))
print(list(g))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
print([x for x in countdown(3)])
