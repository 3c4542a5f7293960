import math
from qiskit import QuantumCircuit
from qiskit.circuit.library import GroverOperator
from qiskit.primitives import StatevectorSampler

marked = "101"
oracle = QuantumCircuit(3)
for index, bit in enumerate(reversed(marked)):
    if bit == "0":
        oracle.x(index)
oracle.h(2)
oracle.mcx([0, 1], 2)
oracle.h(2)
for index, bit in enumerate(reversed(marked)):
    if bit == "0":
        oracle.x(index)
grover_op = GroverOperator(oracle)
iterations = math.floor(math.pi / 4 * math.sqrt(2 ** 3))
qc = QuantumCircuit(3)
qc.h(range(3))
qc.compose(grover_op.power(iterations), inplace=True)
qc.measure_all()
counts = StatevectorSampler(seed=1).run([qc]).result()[0].data.meas.get_counts()
print(max(counts, key=counts.get))
