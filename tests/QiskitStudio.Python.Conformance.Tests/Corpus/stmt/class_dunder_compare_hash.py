class Ver:
    def __init__(self, *p): self.p = p
    def __lt__(self, o): return self.p < o.p
    def __le__(self, o): return self.p <= o.p
    def __eq__(self, o): return self.p == o.p
    def __hash__(self): return hash(self.p)
    def __repr__(self): return "v" + ".".join(map(str, self.p))
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9)]
print(sorted(vs))
print(max(vs), min(vs))
print(Ver(1) == Ver(1), Ver(1) < Ver(2), Ver(3) > Ver(2))
print(len({Ver(1), Ver(1), Ver(2)}))
