# expect: blocked
import sys
print(sys.modules['os'])
