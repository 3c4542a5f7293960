import itertools
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.zip_longest([1, 2, 3], "ab")))
print(list(itertools.zip_longest("a", "bcd", fillvalue="-")))
print(list(itertools.pairwise([1, 2, 4, 7])))
print(list(itertools.pairwise("a")))
