try:
    print(1 in 5)
except TypeError as e:
    print(e)
try:
    print("a" in ["a"] in 3)
except TypeError as e:
    print(e)
print(2 in None)
