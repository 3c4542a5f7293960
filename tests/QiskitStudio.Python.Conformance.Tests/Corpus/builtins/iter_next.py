it = iter(range(3))
print(next(it), next(it), next(it), next(it, None))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    iter(5)
except TypeError as e:
    print(e)
