def f():
    """Docstring of f."""
    return 1
class C:
    """Class doc."""
    def m(self):
        "method doc"
        return 2
print(f.__doc__)
print(C.__doc__)
print(C().m.__doc__)
print(f(), C().m())
