from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10))
print(Point._fields, tuple(p), len(p), p == (1, 2))
x, y = p
print(x + y)
Rec = namedtuple("Rec", "name score level", defaults=[1])
print(Rec("a", 5), Rec("b", 6, 2))
print(Point._make([7, 8]), isinstance(p, tuple))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
