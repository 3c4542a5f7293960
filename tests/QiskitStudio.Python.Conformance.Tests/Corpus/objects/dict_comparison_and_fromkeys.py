a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b))
f = dict.fromkeys(["a", "b"], [])
f["a"].append(1)
print(f)
try:
    a < b
except TypeError as e:
    print(e)
