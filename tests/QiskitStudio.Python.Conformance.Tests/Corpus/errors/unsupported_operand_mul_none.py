x = None
print(x * 2)
