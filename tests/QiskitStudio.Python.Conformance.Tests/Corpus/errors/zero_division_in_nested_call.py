def ratio(a, b):
    return a / b
def report(rows):
    return [ratio(x, y) for x, y in rows]
print(report([(1, 2), (3, 0)]))
