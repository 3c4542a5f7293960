class Base:
    @classmethod
    def create(cls):
        return cls()
    def who(self):
        return "base"
class Derived(Base):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.tag = "made"
        return obj
    def who(self):
        return "derived/" + super().who() + "/" + __class__.__name__
d = Derived.create()
print(type(d).__name__, d.tag, d.who())
class Prop:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
p = Prop(); del p.v
print(hasattr(p, "_v"))
try:
    Prop().v = 3
except AttributeError as e:
    print("AttributeError:", e)
def side(x):
    print("eval", x)
    return x
print(side(1) < side(2) < side(0) < side(3))
print(side(0) and side(1), side(2) or side(3))
g = 10
def f():
    global g
    del g
f()
try:
    print(g)
except NameError as e:
    print(e)
def fin():
    try:
        return "try"
    finally:
        return "finally"
print(fin())
def loop_fin():
    out = []
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            out.append(i)
    return out
print(loop_fin())
def gen_break():
    try:
        for i in range(10):
            yield i
    finally:
        print("closed")
for v in gen_break():
    if v == 2:
        break
print("after break")
class InitError:
    def __init__(self):
        raise RuntimeError("init failed")
try:
    InitError()
except RuntimeError as e:
    print(e)
a = b = []
a.append(1)
print(b, a is b)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
print([1, 2, 3][-1:-4:-1], "abcdef"[1:-1:2], list(range(10))[::3], (1, 2, 3)[5:])
s = "nested {} {}".format(*["a", "b"])
print(s, "{:>{w}}".format("r", w=4), "{0[1]} {1[k]}".format([1, 2], {"k": 3}))
print(*range(3), sep="-", end="!\n")
print("%(a)s-%(b)d" % {"a": "x", "b": 2}, "%%", "%5.1f|" % 3.14159)
empty = []
print(empty or "default", [] == [] is not None, not not [1])
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 5
print(matrix)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: (t[1], t[0])))
print(type(lambda: 0).__name__, callable(print), callable(1))
print(f"{'quoted'!r:>12}", f"{3!s:<3}|", f"{'x' * 3}", f"{{}}")
def kwonly(a, *, b=2, **rest):
    return a, b, rest
print(kwonly(1, b=3, c=4), kwonly(**{"a": 5}))
t = 1,
print(t, type(t).__name__, (), tuple("ab"))
print(str.upper("x"), list.__name__, int.__name__)
while_count = 0
while True:
    while_count += 1
    if while_count >= 3:
        break
else:
    print("never")
print(while_count)
