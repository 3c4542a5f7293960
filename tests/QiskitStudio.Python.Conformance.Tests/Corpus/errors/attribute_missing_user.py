class Foo:
    def __init__(self):
        self.baz = 1
f = Foo()
print(f.baz)
print(f.bar)
