# expect: contained
a = []
while True:
    a.append([0] * 1000000)
