import itertools
print(list(itertools.product("ab", [0, 1])))
print(list(itertools.product([0, 1], repeat=2)))
print(list(itertools.permutations([1, 2, 3])))
print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.combinations_with_replacement("ab", 2)))
print(len(list(itertools.product(range(3), repeat=3))), list(itertools.combinations([], 0)))
