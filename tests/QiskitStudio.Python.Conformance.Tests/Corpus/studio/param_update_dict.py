params = {"shots": 1024, "backend": "aer_simulator", "optimization_level": 1, "seed": None}
def update(p, **changes):
    unknown = [k for k in changes if k not in p]
    if unknown:
        raise KeyError(", ".join(unknown))
    return {**p, **changes}
p2 = update(params, shots=4096, seed=7)
print(p2)
try:
    update(params, qubits=3)
except KeyError as e:
    print("unknown parameter:", e)
print(params == p2, params["shots"], p2["shots"])
