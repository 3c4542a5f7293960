d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["a"] = 99
print(d)
del d["z"]
d["z"] = 0
print(d)
ks = d.keys()
d["new"] = 1
print(ks, len(ks))
print(d.values(), d.items())
print(sorted(d.items(), key=lambda kv: kv[1]))
