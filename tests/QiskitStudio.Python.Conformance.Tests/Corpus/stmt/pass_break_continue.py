for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i)
while True:
    pass
    break
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print("n", n)
