fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
