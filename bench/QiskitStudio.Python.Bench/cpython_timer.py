# Times programs inside one CPython process, so interpreter start-up is excluded: each program is
# compiled once, run once to warm up, then run `iterations` times with exec() under perf_counter.
# Reads {"iterations": n, "programs": {name: source}} on stdin; writes {name: [seconds, ...]}.
import io
import json
import sys
import time

request = json.load(sys.stdin)
iterations = request["iterations"]
results = {}
real_stdout = sys.stdout
for name, source in request["programs"].items():
    code = compile(source, name, "exec")
    samples = []
    for i in range(iterations + 1):
        sys.stdout = io.StringIO()
        start = time.perf_counter()
        exec(code, {"__name__": "__main__"})
        elapsed = time.perf_counter() - start
        sys.stdout = real_stdout
        if i > 0:
            samples.append(elapsed)
    results[name] = samples
json.dump(results, real_stdout)
