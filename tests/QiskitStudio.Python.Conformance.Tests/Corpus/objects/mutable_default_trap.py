class Reg:
    def __init__(self, items=[]):
        self.items = items
r1 = Reg(); r1.items.append(1)
r2 = Reg()
print(r2.items, r1.items is r2.items)
