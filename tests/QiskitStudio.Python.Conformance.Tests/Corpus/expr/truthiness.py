for v in (0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), {}, {0: 0}, set(), None, range(0), range(1), 0j):
    print(repr(v), bool(v))
