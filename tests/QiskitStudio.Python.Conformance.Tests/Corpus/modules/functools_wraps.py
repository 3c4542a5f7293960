import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@logged
def compute(x):
    """Compute things."""
    return x + 1
print(compute.__name__, compute.__doc__, compute(1))
print(compute.__wrapped__(5))
