class Dyn:
    def __getattr__(self, name):
        return f"dyn_{name}"
d = Dyn()
d.real = "r"
print(d.real, d.anything, d.x)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(5))
