d = {"name": "q", "vals": [1, 2.5, None], "nested": {"t": (1, "x"), "b": True}, 3: {}}
print(d)
print(str(d) == repr(d))
print({"quote": "it's", "dq": 'a"b'})
