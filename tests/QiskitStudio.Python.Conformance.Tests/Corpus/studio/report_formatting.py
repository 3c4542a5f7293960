rows = [("Hadamard", 1, 0.9991), ("CNOT", 2, 0.9874), ("Toffoli", 3, 0.9512), ("Measure", 1, 0.97)]
header = f"{'Gate':<10}{'Qubits':>7}{'Fidelity':>10}"
print(header)
print("-" * len(header))
for name, q, f in rows:
    print(f"{name:<10}{q:>7}{f:>10.2%}")
avg = sum(f for *_, f in rows) / len(rows)
print(f"{'Average':<10}{'':>7}{avg:>10.4f}")
print("%-10s|%5d|%8.3f" % rows[0])
