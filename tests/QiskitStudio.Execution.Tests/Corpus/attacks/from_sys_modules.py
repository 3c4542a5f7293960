# expect: blocked
from sys import modules
print(modules)
