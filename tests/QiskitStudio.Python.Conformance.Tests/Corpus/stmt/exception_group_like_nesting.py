def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e
def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("top")
try:
    level1()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__cause__))
    print(e.__suppress_context__, e.__context__.__suppress_context__)
level1()
