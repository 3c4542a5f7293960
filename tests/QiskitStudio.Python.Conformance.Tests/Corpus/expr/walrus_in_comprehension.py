data = [3, 8, 1, 9]
total = 0
sums = [total := total + d for d in data]
print(sums, total)
print([m for d in data if (m := d % 4)])
