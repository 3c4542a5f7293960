class Gate:
    def __init__(self, name, qubits, params=()):
        self.name, self.qubits, self.params = name, tuple(qubits), tuple(params)
    def __repr__(self):
        p = f"({', '.join(f'{x:.3f}' for x in self.params)})" if self.params else ""
        return f"{self.name}{p} q{list(self.qubits)}"
class Circuit:
    def __init__(self, n):
        self.n = n
        self.gates = []
    def h(self, q): return self._add("h", [q])
    def cx(self, c, t): return self._add("cx", [c, t])
    def rz(self, theta, q): return self._add("rz", [q], [theta])
    def _add(self, name, qs, params=()):
        for q in qs:
            if not 0 <= q < self.n:
                raise IndexError(f"qubit {q} out of range for {self.n}-qubit circuit")
        self.gates.append(Gate(name, qs, params))
        return self
    def depth(self):
        layers = [0] * self.n
        for g in self.gates:
            d = max(layers[q] for q in g.qubits) + 1
            for q in g.qubits:
                layers[q] = d
        return max(layers, default=0)
    def count_ops(self):
        out = {}
        for g in self.gates:
            out[g.name] = out.get(g.name, 0) + 1
        return out
qc = Circuit(3).h(0).cx(0, 1).cx(1, 2).rz(0.5, 2)
print(qc.gates)
print("depth", qc.depth(), "ops", qc.count_ops())
try:
    qc.cx(2, 3)
except IndexError as e:
    print("error:", e)
