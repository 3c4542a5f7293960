class CircuitError(Exception):
    pass
def build(n):
    if n > 2:
        raise CircuitError(f"too many qubits: {n}")
    return n
for i in range(5):
    build(i)
