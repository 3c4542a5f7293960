print("reading")
f = open("x")
print(f.read())
