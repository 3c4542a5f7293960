print(sum(range(101)), sum([0.5, 0.25], 1), sum(x * x for x in range(4)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
