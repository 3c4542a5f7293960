try:
    raise ValueError("bad value")
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise KeyError
except KeyError as e:
    print("class raised", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("re-raised", e)
