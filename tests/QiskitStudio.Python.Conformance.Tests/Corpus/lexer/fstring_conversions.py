s = "text"
print(f"{s!r} {s!s} {s!a}")
print(f"{'é'!a}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s}")
print(f"{[1, 'a']!r:>12}|")
