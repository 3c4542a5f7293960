import json
class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps({"amp": 0.5 + 0.5j, "n": 1}, cls=ComplexEncoder))
print(json.dumps([1j], cls=ComplexEncoder, indent=1))
print(ComplexEncoder(sort_keys=True).encode({"b": 2j, "a": 1}))
print(json.JSONEncoder().encode([1, "x", None]))
try:
    json.dumps({"s": {1}}, cls=ComplexEncoder)
except TypeError as e:
    print(e)
