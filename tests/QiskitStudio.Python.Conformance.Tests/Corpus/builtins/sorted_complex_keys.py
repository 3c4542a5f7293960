recs = [{"n": "b", "s": 2}, {"n": "a", "s": 2}, {"n": "c", "s": 1}]
print([r["n"] for r in sorted(recs, key=lambda r: (-r["s"], r["n"]))])
print(sorted("The quick brown Fox".split(), key=str.casefold))
print(sorted([3.5, 1, 2.25, -1]))
print(sorted([[2, 1], [1, 2], [1]]))
