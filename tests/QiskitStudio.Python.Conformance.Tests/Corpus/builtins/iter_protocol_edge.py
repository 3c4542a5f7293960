class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), max(c), sorted(c), 2 in c)
it = iter(c)
print(next(it), list(it), next(it, None))
print(list(zip(c, c)), dict(zip("abc", c)), list(enumerate(c, 1)))
a, b, d = c
print(a, b, d)
