def numbers():
    for i in range(3):
        try:
            yield i
        finally:
            print("after", i)
for n in numbers():
    print("n", n)
    if n == 1:
        break
print("done")
