import time
start = time.monotonic()
for _ in range(3):
    time.sleep(0.005)
elapsed = time.monotonic() - start
print(elapsed >= 0.01, elapsed < 5)
print(time.perf_counter() > 0)
