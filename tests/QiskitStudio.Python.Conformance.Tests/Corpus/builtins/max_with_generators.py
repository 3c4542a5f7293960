data = {"a": 3, "b": 7, "c": 5}
print(max(data, key=data.get), min(data.values()), max(data.items(), key=lambda kv: kv[1]))
print(sorted(data, key=data.get, reverse=True))
