n = 3
while n > 0:
    n -= 1
else:
    print("while else", n)
while True:
    break
else:
    print("no")
k = 0
while k < 5:
    k += 1
    if k == 10:
        break
else:
    print("k", k)
