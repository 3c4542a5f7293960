name = "Ada"
n = 3
print(f"hello {name}, you have {n} messages")
print(f"{n + 1} {n * 2!r} {name.upper()}")
print(F"upper F {name}")
print(f"{{literal braces}} {n}")
print(f"{'nested quotes'} {name!r}")
print(f'{"double inside single"}')
