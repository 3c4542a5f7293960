a = [1, 2, 3]
try:
    a["1"]
except TypeError as e:
    print(e)
try:
    "abc"["x"]
except TypeError as e:
    print(e)
try:
    (1, 2)[1.0]
except TypeError as e:
    print(e)
a[None]
