import itertools
data = "aaabbcaa"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, grp in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(grp))
print([k for k, _ in itertools.groupby([1, 1, 2, 2, 1])])
