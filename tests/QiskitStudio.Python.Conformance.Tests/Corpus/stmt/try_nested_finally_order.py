def f():
    try:
        try:
            print("inner try")
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")
f()
