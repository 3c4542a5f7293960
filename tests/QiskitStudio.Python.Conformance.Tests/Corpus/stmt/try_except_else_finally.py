def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("div zero")
        return "err"
    else:
        print("else ran", r)
        return "ok"
    finally:
        print("finally ran")
print(f(2))
print(f(0))
