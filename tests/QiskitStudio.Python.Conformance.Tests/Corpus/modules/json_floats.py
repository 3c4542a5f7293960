import json
for v in (0.1, 1.5, 100.0, 1e16, 1e-5, 123456789.123, -0.0, 3.141592653589793, 1/3, 5e-324):
    print(json.dumps(v), json.loads(json.dumps(v)) == v)
print(json.dumps([1, 1.0, True, 1e3]))
