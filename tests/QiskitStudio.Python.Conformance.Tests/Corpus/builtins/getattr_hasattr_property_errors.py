class C:
    @property
    def broken(self):
        raise ValueError("inside property")
    @property
    def missing(self):
        raise AttributeError("really missing")
c = C()
print(hasattr(c, "missing"), getattr(c, "missing", "default"))
try:
    hasattr(c, "broken")
except ValueError as e:
    print("propagated:", e)
print(callable(getattr(c, "__class__")), getattr(c, "__class__").__name__)
