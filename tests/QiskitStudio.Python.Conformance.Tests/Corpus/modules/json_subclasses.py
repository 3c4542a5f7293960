import json
from collections import OrderedDict, Counter, namedtuple
P = namedtuple("P", "x y")
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps(Counter("aab")))
print(json.dumps(P(1, 2)))
print(json.dumps({"t": (1, 2), "n": [True, None]}))
print(json.dumps("\u2028 and \ud83d\ude00"))
