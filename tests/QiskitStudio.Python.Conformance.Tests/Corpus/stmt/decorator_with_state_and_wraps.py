import functools
def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@count_calls
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__doc__)
def retry(times):
    def deco(fn):
        def run(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt)
                except RuntimeError as e:
                    print("attempt", attempt, "failed:", e)
            return None
        return run
    return deco
@retry(3)
def flaky(x, attempt):
    if attempt < 3:
        raise RuntimeError(f"try {attempt}")
    return x * 2
print(flaky(21))
