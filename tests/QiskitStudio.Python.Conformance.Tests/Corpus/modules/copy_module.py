import copy
a = {"list": [1, [2, 3]], "n": 1}
s = copy.copy(a)
d = copy.deepcopy(a)
a["list"][1].append(4)
a["n"] = 2
print(a, s, d)
class C:
    def __init__(self): self.items = [1]
c = C()
c2 = copy.deepcopy(c)
c2.items.append(2)
print(c.items, c2.items, type(c2).__name__)
t = (1, [2])
print(copy.deepcopy(t) == t, copy.copy(t) is t)
