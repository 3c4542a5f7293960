import json
data = {"name": "bell", "counts": {"00": 512, "11": 488}, "qubits": [0, 1], "meta": {}, "empty": []}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=1))
print(json.dumps(data, indent="\t"))
print(json.dumps({"a": 1}, indent=0))
