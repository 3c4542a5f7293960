print(None, repr(None), str(None), type(None).__name__)
print(None == None, None is None, bool(None))
def f(): pass
print(f() is None)
d = {None: "none key"}
print(d[None])
