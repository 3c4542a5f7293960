for seq, i in [([1], 5), ((1,), -2), ("ab", 3), (range(3), 3), ([], 0)]:
    try:
        seq[i]
    except IndexError as e:
        print(e)
for d, k in [({}, "x"), ({}, 1), ({}, (1, 2)), ({}, None), ({}, 1.5)]:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e))
try:
    [].pop(3)
except IndexError as e:
    print(e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print(e)
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
