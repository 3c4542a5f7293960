import itertools
print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(10, 2.5), 4)))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.repeat("x", 3)), list(zip(range(3), itertools.repeat(0))))
