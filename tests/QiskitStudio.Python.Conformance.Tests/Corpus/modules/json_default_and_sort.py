import json
class P:
    def __init__(self): self.x = 1
print(json.dumps(P(), default=lambda o: o.__dict__))
print(json.dumps({"b": {"d": 1, "c": 2}, "a": 0}, sort_keys=True))
print(json.dumps([{"b": 1, "a": 2}], sort_keys=True, indent=2))
