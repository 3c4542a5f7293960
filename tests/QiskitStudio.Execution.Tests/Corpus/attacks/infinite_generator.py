# expect: contained
print(sum(x for x in iter(int, 1)))
