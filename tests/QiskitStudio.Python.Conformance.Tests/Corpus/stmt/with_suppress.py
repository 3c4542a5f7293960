class Suppress:
    def __enter__(self):
        return "value"
    def __exit__(self, t, v, tb):
        print("suppressing", t.__name__ if t else None, v)
        return True
with Suppress() as v:
    print("got", v)
    raise KeyError("k")
print("after")
with Suppress():
    pass
