class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
    def __str__(self):
        return self.name
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex", "lab"); a = Animal("Cat")
print(d.speak(), a.speak(), d.kind, a.kind, Animal.count)
print(repr(a), str(d), [a, d], isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__)
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, 3 * v, v == Vector(4, 6), len(v), v[0], list(v), sorted([Vector(2, 1), Vector(1, 5)]))
class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls, c):
        t = cls()
        t.celsius = c
        return t
t = Temperature.make(25)
print(t.celsius, Temperature.unit(), t.unit())
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
class Base:
    def hello(self):
        return "base"
class Left(Base):
    def hello(self):
        return "left+" + super().hello()
class Right(Base):
    def hello(self):
        return "right+" + super().hello()
class Child(Left, Right):
    pass
print(Child().hello(), [k.__name__ for k in Child.__mro__])
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
    def __contains__(self, item):
        return item == "x"
    def __bool__(self):
        return self.n > 0
c = Counter()
print(bool(c), c(), c(), bool(c), "x" in c, "y" in c)
class Slots:
    pass
s = Slots(); s.dynamic = 5
print(s.dynamic, hasattr(s, "dynamic"), getattr(s, "missing", "default"))
class WithClassAttr:
    items = [i * 2 for i in range(3)]
    doubled = items[-1] * 2
print(WithClassAttr.items, WithClassAttr.doubled)
