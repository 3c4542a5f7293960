# expect: blocked
class X:
    pass
print(X.__dict__)
