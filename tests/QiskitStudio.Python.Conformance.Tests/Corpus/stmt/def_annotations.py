def area(w: float, h: float = 1.0) -> float:
    return w * h
print(area(2, 3))
print(area.__annotations__)
def untyped(x): return x
print(untyped.__annotations__)
