import sys
print(sys.version_info[0], sys.version_info >= (3, 8), sys.maxsize == 2 ** 63 - 1)
print(type(sys.argv).__name__, sys.getrecursionlimit() > 100)
sys.stdout.write("direct write\n")
print(sys.float_info.max, sys.float_info.epsilon)
