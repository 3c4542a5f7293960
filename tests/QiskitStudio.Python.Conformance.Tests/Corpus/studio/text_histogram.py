counts = {"000": 130, "001": 12, "010": 9, "011": 121, "100": 7, "101": 118, "110": 125, "111": 502}
width = 40
peak = max(counts.values())
for state in sorted(counts):
    n = counts[state]
    bar = "#" * round(n / peak * width)
    print(f"{state} | {bar:<{width}} | {n:>4}")
print(f"{'total':>5}: {sum(counts.values())}")
