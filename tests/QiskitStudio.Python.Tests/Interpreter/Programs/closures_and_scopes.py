def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def accumulator(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get
add, get = accumulator(10)
add(5); add(1)
print(get())
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()()
print(outer())
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def gen_closure():
    items = []
    for i in range(3):
        def f(i=i):
            return i * i
        items.append(f)
    return [f() for f in items]
print(gen_closure())
class Config:
    default = 5
    values = [default * i for i in range(3)] if False else [1, 2]
    def get(self):
        return self.default
print(Config().get(), Config.values)
def recursive_closure(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(recursive_closure(10))
x = 1
def read_then_shadow_in_comprehension():
    return [x for x in range(3)], x
print(read_then_shadow_in_comprehension())
def walrus_scope():
    data = [1, 5, 9]
    if any((big := v) > 4 for v in data):
        return big
print(walrus_scope())
def default_eval_time(a=[]):
    a.append(len(a))
    return a
default_eval_time(); print(default_eval_time())
def decorator_with_args(prefix):
    def deco(fn):
        def wrapped(*args, **kwargs):
            return prefix + fn(*args, **kwargs)
        wrapped.__name__ = fn.__name__
        return wrapped
    return deco
@decorator_with_args(">> ")
def greet(name, punctuation="!"):
    return "hello " + name + punctuation
print(greet("ann"), greet("bo", punctuation="?"), greet.__name__)
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80))
