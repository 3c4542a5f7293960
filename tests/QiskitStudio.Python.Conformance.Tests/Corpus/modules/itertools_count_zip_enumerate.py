import itertools
for i, ch in zip(itertools.count(1), "xyz"):
    print(i, ch)
c = itertools.count(5)
print(next(c), next(c), next(c))
print(list(itertools.islice(itertools.cycle([1, 2, 3]), 2, 8)))
