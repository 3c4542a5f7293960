try:
    import definitely_not_a_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import not_there
except ImportError as e:
    print(type(e).__name__, e)
import nope_module
