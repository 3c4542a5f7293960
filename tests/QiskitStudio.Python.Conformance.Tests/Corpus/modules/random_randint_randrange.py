import random
random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)])
print(random.randrange(10 ** 30))
print(random.getrandbits(64), random.getrandbits(1), random.getrandbits(100))
