class C:
    value = 3
try:
    C().value()
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    [1](0)
except TypeError as e:
    print(e)
len()
