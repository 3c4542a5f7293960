def a():
    x = 0
    def b():
        def c():
            nonlocal x
            x += 10
            return x
        return c() + c()
    return b(), x
print(a())
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
c = counter_factory()
print([c("a"), c("b"), c("a")])
