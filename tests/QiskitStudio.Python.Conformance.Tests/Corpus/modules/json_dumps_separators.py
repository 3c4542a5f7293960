import json
d = {"b": 1, "a": [1, 2]}
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, separators=(", ", ": "), sort_keys=True))
print(json.dumps(d, indent=2, separators=(",", " = ")))
print(json.dumps([1, 2], separators=(";", ":")))
