x, y = 3, "q"
print(f"{x!r:>5}|{y!a}|{x:{'>'}{4}}|{'{'}{x}{'}'}")
print(f"{x:#06x} {x:08.3f} {-x:=+6d} {x:,}")
print(f"{'nested ' + f'{x * 2}'}", f"{[i for i in range(x)]}", f"{ {'k': x}['k'] }")
print(f"{x=!s:>4}", f"{(lambda: x)()}", f"{x if x else y}")
print(f"""multi {x
+ 1} line""", rf"\d{x}", fr"{y}\n")
print(f"{3.0:.0f}{'%'}", f"{10:b}{'b'}", f"{1e-3:.1e}")
