for i in range(3):
    pass
else:
    print("completed", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty else")
