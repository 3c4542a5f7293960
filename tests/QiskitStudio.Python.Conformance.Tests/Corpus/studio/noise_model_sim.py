import random
import math
random.seed(2024)
def measure_with_noise(ideal, p_flip, shots):
    counts = {}
    for _ in range(shots):
        bits = "".join(b if random.random() > p_flip else str(1 - int(b)) for b in ideal)
        counts[bits] = counts.get(bits, 0) + 1
    return dict(sorted(counts.items()))
for p in (0.0, 0.01, 0.1):
    counts = measure_with_noise("101", p, 500)
    fidelity = counts.get("101", 0) / 500
    entropy = -sum(c / 500 * math.log2(c / 500) for c in counts.values())
    print(f"p={p:<5} fidelity={fidelity:.3f} entropy={entropy:.3f} outcomes={len(counts)}")
