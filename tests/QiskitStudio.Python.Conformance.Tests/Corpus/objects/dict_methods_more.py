d = dict(a=1, b=2)
d2 = d.copy()
d2.update(c=3)
print(d, d2, d == d2, {**d, "a": 5})
print(d.pop("a"), d.pop("zz", None), d)
d.setdefault("k", []).append(1)
d.setdefault("k", []).append(2)
print(d, list(d.items())[0], dict.fromkeys(range(3)))
e = {}
for word in "to be or not to be".split():
    e[word] = e.get(word, 0) + 1
print(e, max(e, key=e.get), sorted(e.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "a", True: "b", 1.0: "c"})
