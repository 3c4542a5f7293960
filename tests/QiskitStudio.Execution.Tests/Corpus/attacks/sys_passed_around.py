# expect: blocked
import sys
def f(mod):
    return mod.modules
print(f(sys))
