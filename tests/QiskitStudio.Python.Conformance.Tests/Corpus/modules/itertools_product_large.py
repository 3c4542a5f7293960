import itertools
bits = ["".join(p) for p in itertools.product("01", repeat=3)]
print(bits)
print(sum(1 for _ in itertools.permutations(range(6))))
print(list(itertools.islice(itertools.combinations(range(20), 3), 3)))
