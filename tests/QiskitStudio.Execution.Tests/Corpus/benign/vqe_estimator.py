import numpy as np
from scipy.optimize import minimize
from qiskit.circuit.library import RealAmplitudes, EfficientSU2, TwoLocal
from qiskit.primitives import StatevectorEstimator
from qiskit.quantum_info import SparsePauliOp

hamiltonian = SparsePauliOp.from_list([("II", -1.05), ("IZ", 0.39), ("ZI", -0.39), ("ZZ", -0.01), ("XX", 0.18)])
ansatz = RealAmplitudes(2, reps=2)
estimator = StatevectorEstimator()
history = []


def energy(params):
    value = estimator.run([(ansatz, hamiltonian, params)]).result()[0].data.evs
    history.append(float(value))
    return value


x0 = np.zeros(ansatz.num_parameters)
result = minimize(energy, x0, method="COBYLA", options={"maxiter": 200})
print(f"Ground energy ~ {result.fun:.4f} after {len(history)} evaluations")
alt = TwoLocal(2, "ry", "cz", reps=1, entanglement="linear")
print(alt.num_parameters, EfficientSU2(2).num_parameters)
