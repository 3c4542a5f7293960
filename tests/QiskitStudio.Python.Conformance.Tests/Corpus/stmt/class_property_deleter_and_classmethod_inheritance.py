class Item:
    count = 0
    def __init__(self):
        self._tag = "t"
    @property
    def tag(self):
        return self._tag
    @tag.deleter
    def tag(self):
        print("deleting")
        del self._tag
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class Special(Item):
    pass
i = Item()
del i.tag
print(hasattr(i, "_tag"))
s = Special.make()
print(type(s).__name__, Special.count, Item.count)
