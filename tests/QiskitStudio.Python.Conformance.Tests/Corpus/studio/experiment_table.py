from dataclasses import dataclass
from statistics import mean, stdev
from fractions import Fraction
@dataclass(order=True)
class Run:
    fidelity: float
    name: str
    depth: int = 0
runs = [Run(0.91, "a", 4), Run(0.87, "b", 9), Run(0.95, "c", 3), Run(0.91, "d", 5)]
best = max(runs)
print("best:", best)
print("sorted:", [r.name for r in sorted(runs, reverse=True)])
fids = [r.fidelity for r in runs]
print(f"mean={mean(fids):.4f} stdev={stdev(fids):.4f}")
print("ratio of deep runs:", Fraction(sum(1 for r in runs if r.depth > 4), len(runs)))
for r in sorted(runs, key=lambda r: (-r.fidelity, r.name)):
    print(f"{r.name:>3} {r.fidelity:6.2%} {'#' * r.depth}")
