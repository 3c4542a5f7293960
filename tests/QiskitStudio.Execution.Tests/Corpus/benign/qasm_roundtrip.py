from qiskit import QuantumCircuit, qasm2, qasm3

qc = QuantumCircuit(2, 2)
qc.h(0)
qc.cx(0, 1)
qc.measure(range(2), range(2))
text = qasm2.dumps(qc)
print(text)
again = qasm2.loads(text)
print(again.count_ops())
print(qasm3.dumps(qc))
