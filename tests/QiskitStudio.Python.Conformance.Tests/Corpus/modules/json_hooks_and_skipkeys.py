import json
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: sorted(pairs)))
print(json.loads('{"n": 1}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads('[1, 2.5]', parse_int=str))
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
try:
    json.dumps({(1, 2): "x"})
except TypeError as e:
    print(e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
