import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.005, time.monotonic() >= m0)
print(isinstance(time.time(), float), type(time.perf_counter()).__name__)
time.sleep(0)
print("slept")
