# expect: blocked
def g():
    yield 1
it = g()
print(it.gi_frame.f_globals)
