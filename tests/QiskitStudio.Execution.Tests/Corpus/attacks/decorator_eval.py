# expect: blocked
@eval
def f():
    pass
