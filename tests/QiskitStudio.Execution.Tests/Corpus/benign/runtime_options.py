from qiskit_ibm_runtime import QiskitRuntimeService, EstimatorV2, SamplerV2, Session
from qiskit_aer import AerSimulator
from qiskit.quantum_info import SparsePauliOp
from qiskit import QuantumCircuit

backend = AerSimulator()
options = {
    "resilience_level": 2,
    "dynamical_decoupling": {"enable": True, "sequence_type": "XY4"},
    "twirling": {"enable_gates": True, "num_randomizations": "auto"},
}
qc = QuantumCircuit(2)
qc.h(0)
qc.cx(0, 1)
estimator = EstimatorV2(mode=backend, options=options)
job = estimator.run([(qc, SparsePauliOp("ZZ"))])
print(f"<ZZ> = {job.result()[0].data.evs}")
for attempt in range(3):
    try:
        value = 1 / (2 - attempt)
    except ZeroDivisionError as error:
        print("error:", error)
    finally:
        pass
