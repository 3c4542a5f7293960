class R:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(R())))
print(list(reversed({"a": 1, "b": 2})))
try:
    reversed(5)
except TypeError as e:
    print(e)
