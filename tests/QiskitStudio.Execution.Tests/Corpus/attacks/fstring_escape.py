# expect: blocked
print(f"{().__class__.__base__}")
