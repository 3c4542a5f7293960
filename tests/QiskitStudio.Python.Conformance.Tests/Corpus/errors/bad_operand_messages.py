for a, b in [(1, "2"), ("a", 2), ([1], (1,)), ({1}, [1]), (None, None), (1.5, "x")]:
    try:
        a + b
    except TypeError as e:
        print(e)
for a, b in [("a", "b"), ([1], 2.0), ({}, 1)]:
    try:
        a * b
    except TypeError as e:
        print(e)
try:
    "x" - "y"
except TypeError as e:
    print(e)
try:
    2 ** "3"
except TypeError as e:
    print(e)
try:
    -[1]
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
