class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
class Lazy:
    def __getattr__(self, name):
        return f"computed {name}"
l = Lazy(); l.real = 1
print(l.anything, l.real)
class Tracked:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
t = Tracked(); t.x = 5
print(t.x)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3]); ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        return format(str(self), spec)
    def __lt__(self, other):
        return self.cents < other.cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
print(Money(150), f"[{Money(5):>8}]", max(Money(1), Money(3)), Money(2) == Money(2), Money(1) in {Money(1)})
class Registry:
    items = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.items.append(cls.__name__)
class PluginA(Registry): pass
class PluginB(Registry): pass
print(Registry.items)
class Shape:
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
for s in [Circle(1), Square(2)]:
    print(s.describe())
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
st = Stack().push(1).push(2)
print(st, len(st), bool(Stack()), "empty" if not Stack() else "full")
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = Point(1, 2)
print(p.x + p.y, Point.__name__, Point.__qualname__)
class Outer:
    class Inner:
        def hi(self):
            return "inner hi"
print(Outer.Inner().hi(), Outer.Inner.__qualname__)
print(getattr(Circle(2), "r"), vars(Circle(3)), Circle.__mro__[1].__name__, Circle.__bases__)
