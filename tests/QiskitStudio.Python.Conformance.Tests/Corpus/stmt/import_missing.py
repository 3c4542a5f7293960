try:
    import definitely_not_a_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import not_there
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import nope_module
