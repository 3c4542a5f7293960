print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(255, "x"), format(0.5, "%"))
print(format(1234.5, ","), format(1e6, ".2e"), format(-1, "+"), format(10, "b"))
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec or '.2f'}}"
print(format(Money(3)), f"{Money(2.5):.1f}", "{:.0f}".format(Money(9.7)))
