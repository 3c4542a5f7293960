try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(issubclass(bool, (str, int)))
