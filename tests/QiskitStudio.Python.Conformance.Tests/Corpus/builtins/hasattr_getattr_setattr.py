class C:
    x = 1
    def m(self): return "m"
c = C()
print(hasattr(c, "x"), hasattr(c, "y"), hasattr(c, "m"))
print(getattr(c, "x"), getattr(c, "y", "default"), getattr(c, "m")())
setattr(c, "y", 5)
print(c.y, getattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(e)
print(hasattr("s", "upper"), getattr([1, 2], "count")(1))
