import random
def experiment(seed, n=5):
    rng = random.Random(seed)
    return [round(rng.gauss(0, 1), 6) for _ in range(n)], rng.sample(range(20), 3), rng.choice("abc")
print(experiment(1))
print(experiment(1) == experiment(1), experiment(2) != experiment(1))
random.seed(10)
a = [random.randint(0, 9) for _ in range(10)]
random.seed(10)
b = [random.randint(0, 9) for _ in range(10)]
print(a, a == b)
print(random.Random(99).random(), random.Random(2 ** 100).random(), random.Random(-2 ** 70).random())
