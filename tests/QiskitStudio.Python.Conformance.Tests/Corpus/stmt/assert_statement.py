assert True
assert 1 == 1, "never"
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("caught:", e)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e), e.args)
