d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("w", 7)])
print(d)
print(dict.fromkeys("ab", 0), dict(a=1, b=2), dict([("k", "v")]), dict(zip("xy", [1, 2])))
e = d.copy(); e.clear(); print(e, d)
