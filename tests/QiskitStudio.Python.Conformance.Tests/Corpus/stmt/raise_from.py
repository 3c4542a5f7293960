try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("ctx")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
try:
    raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
