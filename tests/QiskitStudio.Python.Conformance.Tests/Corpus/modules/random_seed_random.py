import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(0)
print(random.random())
random.seed(12345678901234567890)
print(random.random())
random.seed(-7)
print(random.random())
