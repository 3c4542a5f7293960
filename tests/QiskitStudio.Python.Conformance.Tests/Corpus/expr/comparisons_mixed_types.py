print(1 == 1.0, 1 == True, 0 == False, 1.5 > 1)
print("1" == 1, None == 0, [] == (), [1] == [1])
print((1, 2) == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None is None, [] is [], () == ())
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
