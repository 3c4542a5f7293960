def f():
    pass
class K:
    pass
print(f(), K.__name__)
