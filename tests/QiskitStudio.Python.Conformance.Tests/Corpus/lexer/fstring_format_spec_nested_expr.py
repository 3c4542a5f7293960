vals = [1.23456, 22.5, 333.0]
for v in vals:
    print(f"[{v:>10.2f}] [{v:<+9.1e}]")
fill = "."
print(f"{'x':{fill}>5}")
