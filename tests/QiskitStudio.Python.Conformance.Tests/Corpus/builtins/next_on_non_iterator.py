try:
    next([1, 2])
except TypeError as e:
    print(e)
print(next(iter([1, 2])))
