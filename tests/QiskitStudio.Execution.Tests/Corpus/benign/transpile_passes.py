from qiskit import QuantumCircuit, transpile
from qiskit.transpiler import PassManager
from qiskit.transpiler.passes import Optimize1qGatesDecomposition, CommutativeCancellation, InverseCancellation
from qiskit.circuit.library import QFT, GroverOperator, ZZFeatureMap, MCXGate, HGate
from qiskit_aer import AerSimulator

qc = QuantumCircuit(3)
qc.append(QFT(3), [0, 1, 2])
qc.append(MCXGate(2), [0, 1, 2])
qc.measure_all()
backend = AerSimulator()
tqc = transpile(qc, backend, optimization_level=2, seed_transpiler=11)
print(tqc.count_ops(), tqc.depth())
pm = PassManager()
pm.append(Optimize1qGatesDecomposition())
pm.append(CommutativeCancellation())
print(pm.run(qc).size())
counts = backend.run(tqc, shots=2048).result().get_counts()
print(sorted(counts.items())[:3])
fm = ZZFeatureMap(feature_dimension=2, reps=1)
print(fm.num_parameters)
