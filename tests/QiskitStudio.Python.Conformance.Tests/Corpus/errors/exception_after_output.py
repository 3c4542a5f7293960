for i in range(3):
    print("line", i)
print({"k": [1, 2]}["k"][5])
