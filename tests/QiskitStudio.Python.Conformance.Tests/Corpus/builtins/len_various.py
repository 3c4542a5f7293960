print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}), len(range(10)), len(""), len(b"ab"))
class L:
    def __len__(self): return 42
print(len(L()))
try:
    len(5)
except TypeError as e:
    print(e)
