from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(c | d, c & d, c - d, d - c)
print(-Counter(a=-2, b=3), c.most_common(1), list(c.elements()))
dd = defaultdict(lambda: "n/a", {"x": "y"})
print(dd["x"], dd["missing"], sorted(dd))
q = deque(range(5), maxlen=5)
q.appendleft(-1)
q.extend([9, 10])
print(q, q.index(9), q.count(1))
q.remove(9)
q.reverse()
print(q, q.maxlen, len(q))
Pair = namedtuple("Pair", ["left", "right"])
p = Pair(right=2, left=1)
print(p, p._fields, Pair._field_defaults, p._replace(right=5))
try:
    Pair(1)
except TypeError as e:
    print(e)
od = OrderedDict.fromkeys("abc", 0)
od["a"] += 1
print(od, od == OrderedDict([("a", 1), ("b", 0), ("c", 0)]), od == {"c": 0, "b": 0, "a": 1})
