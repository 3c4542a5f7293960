import json
s = '{"a": 1, "b": [true, false, null], "c": 2.5, "d": "x\\ny", "e": {"f": -1e3}, "g": "\\u00e9"}'
obj = json.loads(s)
print(obj)
print(type(obj["a"]).__name__, type(obj["c"]).__name__, type(obj["e"]["f"]).__name__)
print(json.loads("[]"), json.loads("3"), json.loads('"s"'), json.loads("  null "))
print(json.loads("12345678901234567890"), json.loads("1E2"), json.loads("-0"))
