import random
random.seed(99)
print([round(random.uniform(-1, 1), 12) for _ in range(4)])
print(random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(0, 1))
print(random.triangular(0, 1, 0.5) < 1)
