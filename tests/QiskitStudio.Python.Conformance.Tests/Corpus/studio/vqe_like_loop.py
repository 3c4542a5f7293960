import math
import random
random.seed(42)
def energy(params):
    a, b = params
    return math.cos(a) + 0.5 * math.sin(b) + 0.1 * a * b
params = [random.uniform(-math.pi, math.pi) for _ in range(2)]
lr = 0.1
history = []
for step in range(25):
    grad = []
    for i in range(len(params)):
        shifted = params[:]
        shifted[i] += 1e-4
        grad.append((energy(shifted) - energy(params)) / 1e-4)
    params = [p - lr * g for p, g in zip(params, grad)]
    history.append(energy(params))
print(f"start {history[0]:.6f} end {history[-1]:.6f}")
print("monotone:", all(b <= a + 1e-12 for a, b in zip(history, history[1:])))
print("params:", [round(p, 4) for p in params])
