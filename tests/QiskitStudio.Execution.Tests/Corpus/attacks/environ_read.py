# expect: blocked
import os
print(os.environ)
