import json
print(json.dumps({"a": [], "b": {}, "c": [{}], "d": [[]]}, indent=2))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({"x": [1, {"y": [2, 3]}]}, indent=2, sort_keys=True))
