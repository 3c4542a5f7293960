# expect: blocked
import os
os.system('id')
