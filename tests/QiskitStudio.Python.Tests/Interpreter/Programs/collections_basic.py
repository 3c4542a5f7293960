lst = [3, 1, 2]
lst.append(5); lst.extend([7, 0]); lst.insert(0, 9)
print(lst, sorted(lst), lst[1:4], lst[::-1], len(lst), min(lst), max(lst), sum(lst))
lst.sort(reverse=True); print(lst, lst.pop(), lst.pop(0), lst.index(3), lst.count(3))
t = (1, 2, 3); a, b, c = t
print(t, a + b + c, t[1:], t * 2, (1,), ())
first, *rest = [1, 2, 3, 4]; *init, last = "abcd"; x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
d = {"a": 1, "b": 2}
d["c"] = 3; d.update({"d": 4}); del d["a"]
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z", 0), "b" in d)
print({**d, "e": 5}, dict(a=1, b=2), {k: v * 2 for k, v in d.items() if v > 2})
s = {3, 1, 2}; s.add(4); s.discard(1)
print(sorted(s), {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2}, 2 in s)
print([x * x for x in range(10) if x % 2 == 0], [(i, j) for i in range(3) for j in range(i)])
print(list(range(10, 0, -3)), list(enumerate("ab", 1)), list(zip([1, 2], "ab")))
print([*range(3), *"ab"], (*[1, 2], 3), {*[1, 2], 3})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
a = [1, 2, 3, 4, 5, 6]
a[1:3] = [20, 30, 40]; del a[0]; a[-1] = 99
print(a, a[::2], a[-2:], a[::-2])
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
