class P:
    kind = "p"
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(p.__dict__)
print(vars(p))
p.c = 3
print(sorted(vars(p)))
print(type(p).__name__, p.__class__.__name__)
