def describe(x):
    match x:
        case 0:
            return "zero"
        case [a, b]:
            return f"pair {a},{b}"
        case {"k": v}:
            return f"dict k={v}"
        case str() as s:
            return "string " + s
        case _:
            return "other"
for v in (0, [1, 2], {"k": 3}, "s", 4.5):
    print(describe(v))
