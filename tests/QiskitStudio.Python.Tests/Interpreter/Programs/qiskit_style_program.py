"""A program shaped like the ones people and LLMs write for Qiskit (without Qiskit itself)."""
from typing import Dict, List, Optional
import math
import random

NUM_QUBITS: int = 3
SHOTS = 1024


class Gate:
    """A named gate acting on some qubits."""

    def __init__(self, name: str, qubits: List[int], params: Optional[List[float]] = None) -> None:
        self.name = name
        self.qubits = qubits
        self.params = params or []

    def __repr__(self) -> str:
        params = f"({', '.join(f'{p:.3f}' for p in self.params)})" if self.params else ""
        return f"{self.name}{params} q{self.qubits}"


class Circuit:
    def __init__(self, num_qubits: int):
        self.num_qubits = num_qubits
        self.gates: List[Gate] = []

    def h(self, q: int) -> "Circuit":
        self.gates.append(Gate("h", [q]))
        return self

    def cx(self, control: int, target: int) -> "Circuit":
        if control == target:
            raise ValueError(f"control and target must differ, got {control}")
        self.gates.append(Gate("cx", [control, target]))
        return self

    def rz(self, theta: float, q: int) -> "Circuit":
        self.gates.append(Gate("rz", [q], [theta]))
        return self

    @property
    def depth(self) -> int:
        layers = [0] * self.num_qubits
        for gate in self.gates:
            level = max(layers[q] for q in gate.qubits) + 1
            for q in gate.qubits:
                layers[q] = level
        return max(layers, default=0)

    def count_ops(self) -> Dict[str, int]:
        counts: Dict[str, int] = {}
        for gate in self.gates:
            counts[gate.name] = counts.get(gate.name, 0) + 1
        return dict(sorted(counts.items()))


def ghz(n: int) -> Circuit:
    qc = Circuit(n)
    qc.h(0)
    for i in range(n - 1):
        qc.cx(i, i + 1)
    return qc


def fake_counts(n: int, shots: int) -> Dict[str, int]:
    zeros, ones = "0" * n, "1" * n
    half = shots // 2
    return {zeros: half, ones: shots - half}


def main() -> None:
    qc = ghz(NUM_QUBITS).rz(math.pi / 4, 2)
    print(f"Circuit on {qc.num_qubits} qubits, depth {qc.depth}")
    print("Operations:", qc.count_ops())
    for gate in qc.gates:
        print(" ", gate)
    counts = fake_counts(NUM_QUBITS, SHOTS)
    total = sum(counts.values())
    for state, count in sorted(counts.items(), key=lambda kv: kv[1], reverse=True):
        print(f"{state}: {count:4d} ({count / total:.1%})")
    try:
        qc.cx(1, 1)
    except ValueError as err:
        print("Error:", err)
    probabilities = {k: round(v / total, 3) for k, v in counts.items()}
    print(probabilities, math.isclose(sum(probabilities.values()), 1.0))


if __name__ == "__main__":
    main()
