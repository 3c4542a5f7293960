# expect: blocked
import platform
print(platform.uname())
