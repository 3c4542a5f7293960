import random
random.seed(1)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(i) for i in range(1, 7)])
random.seed(1)
print(random.random(), random.randrange(1, 100), random.choice(range(50)))
random.seed(3)
lst = list("qiskit")
random.shuffle(lst)
print("".join(lst))
