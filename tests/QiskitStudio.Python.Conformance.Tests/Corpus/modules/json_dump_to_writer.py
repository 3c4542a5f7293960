import json
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
json.dump({"a": [1, 2], "b": None}, sink)
print("".join(sink.parts))
class Source:
    def read(self):
        return '{"k": [true, 1.5]}'
print(json.load(Source()))
print(json.loads(b'[1, "two"]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.dumps({"x": 1}, indent=2, sort_keys=True, separators=(",", ": ")))
