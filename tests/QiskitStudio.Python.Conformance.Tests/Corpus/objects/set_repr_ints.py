print({1, 2, 3}, set([3, 2, 1]), {0}, set())
print(frozenset({1, 2}), frozenset(), type({1}).__name__)
print({(1, 2)}, {None})
