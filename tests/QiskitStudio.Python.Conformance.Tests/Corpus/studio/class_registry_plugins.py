class BackendRegistry:
    def __init__(self):
        self._backends = {}
    def register(self, name):
        def deco(cls):
            self._backends[name] = cls
            return cls
        return deco
    def create(self, name, **opts):
        try:
            return self._backends[name](**opts)
        except KeyError:
            raise ValueError(f"unknown backend {name!r}; choose from {sorted(self._backends)}") from None
registry = BackendRegistry()
@registry.register("ideal")
class Ideal:
    def __init__(self, shots=1024): self.shots = shots
    def __repr__(self): return f"Ideal(shots={self.shots})"
@registry.register("noisy")
class Noisy(Ideal):
    def __init__(self, shots=1024, p=0.01):
        super().__init__(shots)
        self.p = p
    def __repr__(self): return f"Noisy(shots={self.shots}, p={self.p})"
print(registry.create("ideal"), registry.create("noisy", p=0.05))
try:
    registry.create("gpu")
except ValueError as e:
    print(e)
