import random
random.seed(321)
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=6))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=5))
print(random.sample(["x", "y", "z"], k=3))
print(round(random.expovariate(1.5), 12), round(random.lognormvariate(0, 0.5), 12))
print(random.randrange(5, 50, 7), random.randint(100, 200))
r = random.Random("qiskit")
print(r.random(), r.randint(1, 10))
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randrange(0)
except ValueError as e:
    print(e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(e)
