class Counted:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counted
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
def register(cls):
    cls.registered = True
    return cls
@register
class Thing: pass
print(Thing.registered)
