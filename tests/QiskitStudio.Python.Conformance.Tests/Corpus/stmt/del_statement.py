x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C: pass
c = C(); c.a = 1
del c.a
print(hasattr(c, "a"))
a, b = 1, 2
del a, b
