import random
random.seed(123)
print([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 63, 64, 65, 128)])
print([random.randrange(2 ** k) for k in (1, 5, 32, 40)])
print(random.randint(-5, -1), random.randrange(-10, 10, 3))
