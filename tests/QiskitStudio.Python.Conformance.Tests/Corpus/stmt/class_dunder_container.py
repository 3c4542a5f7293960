class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, v): return v in self.items
    def __iter__(self): return iter(self.items)
    def __bool__(self): return bool(self.items)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], 2 in b, 9 in b)
b[0] = 10
del b[1]
print(list(b), bool(b), bool(Bag()))
print(b[0:1])
