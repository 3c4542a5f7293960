# expect: contained
import time
time.sleep(3600)
print('ESCAPED')
