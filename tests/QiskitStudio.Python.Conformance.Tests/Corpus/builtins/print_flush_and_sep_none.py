print("a", "b", sep=None, end=None)
print("c", flush=True)
print(1, 2, sep="", end="!\n")
