def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def one():
    return 1
print(one())
