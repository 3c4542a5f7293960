print(pow(3, -1, 7), pow(2, -2, 5), pow(10, 20, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
