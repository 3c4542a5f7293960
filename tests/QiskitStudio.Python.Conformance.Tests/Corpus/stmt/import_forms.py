import math
import math as m
from math import sqrt, pi as PI
from collections import OrderedDict as OD, Counter
print(math.sqrt(16), m.floor(2.7), sqrt(9), round(PI, 4))
print(OD([("a", 1)]), Counter("aab")["a"])
import json, string
print(json.dumps([1]), string.digits)
