import itertools
print(list(itertools.islice(itertools.count(1), 0, 10, 3)))
print(list(itertools.accumulate("abc")))
print(list(itertools.product("ab", repeat=0)), list(itertools.permutations([1, 2], 0)))
print(list(itertools.combinations("abcd", 3))[:3], len(list(itertools.combinations(range(10), 4))))
print(list(itertools.zip_longest()))
it = iter([1, 2, 3, 4, 5])
print(list(itertools.islice(it, 2)), list(it))
g = itertools.groupby([("a", 1), ("a", 2), ("b", 3)], key=lambda t: t[0])
print([(k, [v for _, v in grp]) for k, grp in g])
try:
    itertools.islice([1], -1)
except ValueError as e:
    print(e)
