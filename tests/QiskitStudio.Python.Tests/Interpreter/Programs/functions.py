def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter(); c(); c(5)
print(c())
adders = [lambda x, i=i: x + i for i in range(3)]
print([add(10) for add in adders])
late = [lambda: i for i in range(3)]
print([g() for g in late])
total = 0
def add_global(v):
    global total
    total += v
add_global(5); add_global(7)
print(total)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def hello(name):
    """Says hello."""
    return "hi " + name
print(hello("bob"), hello.__name__)
def doc():
    """Docstring here."""
print(doc.__doc__, doc.__name__, (lambda: 0).__name__)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
print(sorted([3, 1, 2], key=lambda v: -v), list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, 2])))
def kw_only(*, flag=False):
    return flag
print(kw_only(flag=True), kw_only())
def default_list(item, bucket=[]):
    bucket.append(item)
    return bucket
default_list(1)
print(default_list(2))
