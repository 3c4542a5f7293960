from collections import Counter
c = Counter(b=1, a=3, c=3)
print(c)
print(c.most_common())
print(repr(Counter()), Counter("a") == Counter({"a": 1}))
c["z"] = 0
print(c)
