try:
    from math import does_not_exist
except ImportError as e:
    # CPython names the module's file in parentheses; keep the part before it.
    print(type(e).__name__, str(e).split(" (")[0], e.name)
