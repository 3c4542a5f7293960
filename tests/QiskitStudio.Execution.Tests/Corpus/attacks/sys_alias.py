# expect: blocked
import sys as s
m = s
print(m.modules)
