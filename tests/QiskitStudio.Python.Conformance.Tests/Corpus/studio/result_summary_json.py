import json
from collections import Counter
measurements = ["00", "11", "00", "01", "11", "11", "00", "10", "11", "00"]
counts = Counter(measurements)
probabilities = {k: v / len(measurements) for k, v in sorted(counts.items())}
summary = {
    "backend": "local_simulator",
    "shots": len(measurements),
    "counts": dict(sorted(counts.items())),
    "probabilities": probabilities,
    "most_likely": counts.most_common(1)[0][0],
    "success": True,
}
print(json.dumps(summary, indent=2))
print(json.dumps(summary, separators=(",", ":")))
