x: int = 5
y: list[int] = [1, 2]
z: str
print(x, y)
def f(a: int, b: "str" = "q") -> bool:
    v: float = 1.5
    return bool(a) and b == "q" and v > 1
print(f(1))
class P:
    n: int = 0
    name: str
print(P.n)
print(f.__annotations__)
