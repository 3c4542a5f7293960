from qiskit import QuantumCircuit, QuantumRegister, ClassicalRegister
from qiskit_aer import AerSimulator

q = QuantumRegister(3, name="q")
c0 = ClassicalRegister(1, "c0")
c1 = ClassicalRegister(1, "c1")
c2 = ClassicalRegister(1, "c2")
circuit = QuantumCircuit(q, c0, c1, c2)
circuit.ry(0.7, 0)
circuit.barrier()
circuit.h(1)
circuit.cx(1, 2)
circuit.cx(0, 1)
circuit.h(0)
circuit.measure(0, c0[0])
circuit.measure(1, c1[0])
with circuit.if_test((c1, 1)):
    circuit.x(2)
with circuit.if_test((c0, 1)):
    circuit.z(2)
circuit.measure(2, c2[0])
result = AerSimulator().run(circuit, shots=4000, seed_simulator=7).result()
print(result.get_counts())
