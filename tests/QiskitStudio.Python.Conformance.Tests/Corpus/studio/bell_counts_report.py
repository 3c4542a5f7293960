import json
def simulate_counts(shots, seed):
    import random
    rng = random.Random(seed)
    counts = {"00": 0, "11": 0}
    for _ in range(shots):
        counts["00" if rng.random() < 0.5 else "11"] += 1
    return counts
counts = simulate_counts(1024, seed=7)
total = sum(counts.values())
print(f"Total shots: {total}")
for state, n in sorted(counts.items()):
    print(f"  |{state}>: {n:5d} ({n / total:6.2%})")
print(json.dumps({"counts": counts, "shots": total}, indent=2))
