log = []
def numbers():
    for i in range(5):
        log.append(i)
        yield i
g = numbers()
print(log)
print(next(g), log)
for v in g:
    if v == 2:
        break
print(log)
print(sum(x for x in numbers()))
