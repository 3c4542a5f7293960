import json
orig = {"z": [1, 2, {"y": None}], "a": "é", "n": -0.5, "t": True}
s = json.dumps(orig)
back = json.loads(s)
print(s)
print(back == orig, list(back))
print(json.loads(json.dumps(orig, indent=3)) == orig)
