class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return isinstance(exc, KeyError)
with Recorder():
    raise KeyError("swallowed")
print("after swallow")
try:
    with Recorder() as r, Recorder() as s:
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
