def f():
    return helper_value * 2
print("calling")
f()
