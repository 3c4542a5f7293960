n = 10
print([n + i for i in range(3)])
def f():
    k = 2
    return [k * i for i in range(3)]
print(f())
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
