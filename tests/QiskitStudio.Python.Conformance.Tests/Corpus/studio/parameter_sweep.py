import math
import json
def expectation(theta):
    return math.cos(theta) ** 2 - math.sin(theta) ** 2
results = []
for i in range(9):
    theta = i * math.pi / 8
    results.append({"theta": round(theta, 4), "value": round(expectation(theta), 6)})
best = max(results, key=lambda r: r["value"])
print(json.dumps(results[:3]))
print(f"best theta = {best['theta']:.4f} with <Z> = {best['value']:+.3f}")
print(json.dumps({"n": len(results), "best": best}, sort_keys=True))
