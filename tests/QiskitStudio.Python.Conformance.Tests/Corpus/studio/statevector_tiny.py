import math
import cmath
def apply_h(state, q, n):
    s = 1 / math.sqrt(2)
    out = state[:]
    for i in range(2 ** n):
        if not (i >> q) & 1:
            j = i | (1 << q)
            a, b = state[i], state[j]
            out[i] = s * (a + b)
            out[j] = s * (a - b)
    return out
def apply_cx(state, c, t, n):
    out = state[:]
    for i in range(2 ** n):
        if (i >> c) & 1:
            out[i] = state[i ^ (1 << t)]
    return out
n = 2
state = [1 + 0j] + [0j] * 3
state = apply_h(state, 0, n)
state = apply_cx(state, 0, 1, n)
for i, amp in enumerate(state):
    if abs(amp) > 1e-12:
        print(f"|{i:0{n}b}>: {amp.real:+.4f}{amp.imag:+.4f}j  p={abs(amp) ** 2:.3f}")
print(round(sum(abs(a) ** 2 for a in state), 12))
print(cmath.phase(-1 + 0j))
