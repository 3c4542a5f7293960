# expect: blocked
def f():
    pass
print(f.__code__.co_code)
