try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
print(",".join(str(x) for x in [1, 2]))
try:
    "a" * 1.5
except TypeError as e:
    print(e)
print("ab" * -1 == "")
