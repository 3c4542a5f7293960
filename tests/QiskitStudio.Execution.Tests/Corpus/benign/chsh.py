## STEP 0 : IBM Quantum Config
from qiskit_ibm_runtime import QiskitRuntimeService

service = QiskitRuntimeService()
backend = service.least_busy(operational=True, simulator=False)

## STEP 1 : Mapping the problem
import json
import numpy as np
from qiskit.circuit import Parameter
from qiskit import QuantumCircuit
from qiskit.quantum_info import SparsePauliOp

theta = Parameter("$\\theta$")
chsh_circuit = QuantumCircuit(2)
chsh_circuit.h(0)
chsh_circuit.cx(0, 1)
chsh_circuit.ry(theta, 0)

number_of_phases = 21
phases = np.linspace(0, 2 * np.pi, number_of_phases)
individual_phases = [[ph] for ph in phases]

observable1 = SparsePauliOp.from_list([("ZZ", 1), ("ZX", -1), ("XZ", 1), ("XX", 1)])
observable2 = SparsePauliOp.from_list([("ZZ", 1), ("ZX", 1), ("XZ", -1), ("XX", 1)])

## STEP 2 : Optimize Circuit
from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

pm = generate_preset_pass_manager(optimization_level=3, backend=backend)
chsh_isa_circuit = pm.run(chsh_circuit)
isa_observable1 = observable1.apply_layout(layout=chsh_isa_circuit.layout)
isa_observable2 = observable2.apply_layout(layout=chsh_isa_circuit.layout)

## STEP 3 : Execute
from qiskit_ibm_runtime import EstimatorV2 as Estimator

estimator = Estimator(mode=backend)
estimator.options.resilience_level = 1
pub = (chsh_isa_circuit, [[isa_observable1], [isa_observable2]], individual_phases)
job_result = estimator.run(pubs=[pub]).result()

## STEP 4 : Post-process
chsh1_est = job_result[0].data.evs[0]
chsh2_est = job_result[0].data.evs[1]
print("RESULT: " + json.dumps({"type": "plot", "content": {"CHSH1": chsh1_est.tolist(), "CHSH2": chsh2_est.tolist()}}))
