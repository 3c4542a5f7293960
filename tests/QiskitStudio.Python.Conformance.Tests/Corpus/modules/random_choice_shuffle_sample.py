import random
random.seed(7)
items = ["h", "x", "y", "z", "cx", "rz"]
print([random.choice(items) for _ in range(8)])
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(random.sample(items, 3))
print(random.choices(items, k=4))
