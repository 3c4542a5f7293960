import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "text"}))
print(json.dumps([1, "two", {"three": 3}]), json.dumps("s"), json.dumps(1.0), json.dumps(None))
print(json.dumps({"k": 1e20}), json.dumps(0.1), json.dumps(1e-7), json.dumps(2 ** 70))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none"}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))
