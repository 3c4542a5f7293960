import copy
from collections import deque, defaultdict, Counter
d = deque([1, [2]])
e = copy.deepcopy(d)
e[1].append(3)
print(d, e)
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd)
dd2["a"].append(2)
dd2["b"].append(0)
print(dict(dd), dict(dd2))
c = copy.copy(Counter("aab"))
print(c, type(c).__name__)
class WithCopy:
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        return WithCopy(self.v * 10)
print(copy.deepcopy(WithCopy(4)).v, copy.copy(WithCopy(4)).v)
t = (1, [2])
t2 = copy.deepcopy(t)
print(t2, t2 is t, t2[1] is t[1])
