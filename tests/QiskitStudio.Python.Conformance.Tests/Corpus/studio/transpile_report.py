import json
from collections import Counter, defaultdict
gates = ["h", "cx", "rz", "cx", "h", "measure", "rz", "rz", "x", "measure"]
qubits = [[0], [0, 1], [1], [1, 2], [2], [0], [0], [2], [1], [1]]
counts = Counter(gates)
per_qubit = defaultdict(list)
for g, qs in zip(gates, qubits):
    for q in qs:
        per_qubit[q].append(g)
two_qubit = sum(1 for qs in qubits if len(qs) == 2)
report = {
    "ops": dict(counts.most_common()),
    "two_qubit_gates": two_qubit,
    "per_qubit": {str(q): len(v) for q, v in sorted(per_qubit.items())},
    "depth_estimate": max(len(v) for v in per_qubit.values()),
}
print(json.dumps(report, indent=2))
print(f"{len(gates)} ops, {two_qubit} entangling ({two_qubit / len(gates):.0%})")
