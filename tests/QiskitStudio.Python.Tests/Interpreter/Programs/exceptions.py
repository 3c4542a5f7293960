def risky(x):
    if x == 0:
        raise ValueError("zero!")
    return 10 / x
for v in [2, 0]:
    try:
        print(risky(v))
    except ValueError as e:
        print("caught", type(e).__name__, e, e.args)
    else:
        print("no error")
    finally:
        print("finally", v)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    [1][5]
except (IndexError, TypeError) as e:
    print("tuple catch", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, isinstance(e, Exception))
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__))
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
try:
    raise
except RuntimeError as e:
    print(e)
def reraiser():
    try:
        raise ValueError("again")
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised", e)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
