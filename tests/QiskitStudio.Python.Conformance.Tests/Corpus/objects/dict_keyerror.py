d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print(repr(e), e, e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
print(d["b"])
