print(None, True, 1.0, [1], (1,), {"a": 1}, {1}, "str", 'q')
print([None, "s", 1.5])
class C:
    def __str__(self): return "custom"
print(C(), [C()].__len__())
print(print.__name__, len.__name__)
