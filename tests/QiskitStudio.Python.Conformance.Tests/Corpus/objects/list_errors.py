a = [1, 2]
for op in ("pop_empty", "remove", "index", "getitem"):
    try:
        if op == "pop_empty": [].pop()
        if op == "remove": a.remove(5)
        if op == "index": a.index(5)
        if op == "getitem": a[5]
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
