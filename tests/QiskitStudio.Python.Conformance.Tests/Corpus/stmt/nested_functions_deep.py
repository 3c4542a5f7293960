def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
print(a(1)(2)(3))
def counter():
    n = [0]
    def inc():
        n[0] += 1
        return n[0]
    return inc
c = counter(); c(); c()
print(c())
