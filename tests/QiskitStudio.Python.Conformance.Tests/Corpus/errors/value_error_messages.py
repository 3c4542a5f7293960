for call in [lambda: [1].index(2), lambda: (1,).index(2), lambda: "abc".index("z"), lambda: [].remove(0),
             lambda: int("1.0"), lambda: "a b".split(""), lambda: range(0, 1, 0), lambda: chr(0x110000),
             lambda: "{}".format(), lambda: "%d %d" % (1,), lambda: max([]), lambda: (1, 2).index(3)]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
