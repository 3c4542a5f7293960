class P:
    __slots__ = ()
for obj, name in [(1, "foo"), ("s", "bar"), ([], "push"), ({}, "has_key"), (None, "x"), (P(), "y"), (P, "z")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(str(e).split(". Did you mean")[0])
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    del [].append
except AttributeError as e:
    print(e)
