class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(e)
