class QuantumCircuit:
    pass
qc = QuantumCircuit()
qc.invalid_gate(0)
