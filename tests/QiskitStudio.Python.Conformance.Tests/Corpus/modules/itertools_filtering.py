import itertools
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(itertools.filterfalse(lambda x: x % 2, range(8))))
print(list(itertools.islice("abcdefg", 2, None, 2)), list(itertools.islice(range(10), 3)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
