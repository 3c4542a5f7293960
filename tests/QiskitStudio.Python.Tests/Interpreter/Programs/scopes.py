x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
class K:
    x = "class"
    def method(self):
        return x
    y = x + "!"
print(K().method(), K.y, K.x)
def make():
    values = []
    def add(v):
        values.append(v)
        return values
    return add
add = make(); add(1)
print(add(2))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
    for _ in range(3):
        inc()
    return n
print(outer())
def uses_builtin_shadow():
    len = lambda s: 42
    return len("abc")
print(uses_builtin_shadow(), len("abc"))
print([x for x in range(3)], x)
print(sorted(globals().keys() & {"read", "shadow", "x"}))
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
