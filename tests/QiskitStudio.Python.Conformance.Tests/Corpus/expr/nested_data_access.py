data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]}
print(data["users"][0]["tags"][-1])
print([u["name"] for u in data["users"] if u["tags"]])
print(len(data["users"][1]["tags"]))
data["users"][1]["tags"].append("z")
print(data)
