try:
    raise ValueError("x")
except ValueError as err:
    kept = err
try:
    err
except NameError as e:
    print("NameError:", e)
print(kept)
