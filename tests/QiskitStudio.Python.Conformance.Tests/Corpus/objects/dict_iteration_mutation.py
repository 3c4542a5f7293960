d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
for k in list(d):
    if k == "a":
        del d[k]
print(d)
