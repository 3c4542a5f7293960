import random
random.seed(8)
data = list(range(100))
random.shuffle(data)
print(data[:12], sum(data))
print(random.sample(range(10000), 8))
print(sorted(random.sample(range(50), 10)))
