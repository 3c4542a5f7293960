vals = [1, 2, 3, 0, 4]
pos = [0]
def nxt():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(nxt, 0)))
