from qiskit import QuantumCircuit
from qiskit.quantum_info import Statevector, DensityMatrix, Pauli, concurrence


def ghz(n: int) -> QuantumCircuit:
    circuit = QuantumCircuit(n, name=f"ghz_{n}")
    circuit.h(0)
    for target in range(1, n):
        circuit.cx(0, target)
    return circuit


state = Statevector.from_instruction(ghz(3))
print(state.probabilities_dict())
rho = DensityMatrix.from_instruction(ghz(2))
print(round(rho.purity().real, 6), concurrence(rho))
print(state.expectation_value(Pauli("ZZI")))
