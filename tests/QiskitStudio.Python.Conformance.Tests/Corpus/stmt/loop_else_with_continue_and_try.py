for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
else:
    print("else reached")
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            break
    finally:
        print("cleanup", n)
else:
    print("not reached")
print("n =", n)
