def boom(kind):
    if kind == 0: return 1 / 0
    if kind == 1: return [][0]
    if kind == 2: return {}["x"]
    if kind == 3: return int("z")
    if kind == 4: return undefined_name
    if kind == 5: return None.attr
for k in range(6):
    try:
        boom(k)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except LookupError as e:
        print("lookup", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__, e)
