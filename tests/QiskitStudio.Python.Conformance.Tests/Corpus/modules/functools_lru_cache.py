import functools
calls = 0
@functools.lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls)
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(4), sq(4), sq(5))
@functools.lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x
ident(1); ident(2); ident(1); ident(3); ident(2)
print(ident.cache_info())
