def describe(value):
    match value:
        case 0:
            return "zero"
        case -1 | 1:
            return "unit"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as number:
            return f"number {number}"
        case "hello":
            return "greeting"
        case str(text):
            return f"text {text!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [first, *rest]:
            return f"first {first}, {len(rest)} more"
        case (a, b):
            return f"pair {a} {b}"
        case {"op": "h", "qubit": q}:
            return f"hadamard on {q}"
        case {"op": op, **others}:
            return f"op {op} with {sorted(others)}"
        case None:
            return "nothing"
        case True:
            return "yes"
        case _:
            return "something else"
for v in [0, 1, -1, 500, 7, 2.5, "hello", "hi", [], [9], [1, 2, 3], {"op": "h", "qubit": 2}, {"op": "cx", "c": 0, "t": 1}, None, (1, 2), {1, 2}]:
    print(describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point():
            return "elsewhere"
print([where(Point(0, 0)), where(Point(3, 0)), where(Point(0, 4)), where(Point(1, 1)), where("nope")])
match (1, "a"):
    case (int(i), str(s)):
        print("tuple of", i, s)
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("unknown")
match = 5
print(match)
