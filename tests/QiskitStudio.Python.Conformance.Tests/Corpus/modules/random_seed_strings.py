import random
random.seed("hello")
print(random.random())
random.seed(3.0) if False else random.seed(3)
print(random.randint(0, 10 ** 6))
