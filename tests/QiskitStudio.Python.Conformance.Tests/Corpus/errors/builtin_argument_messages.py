for call in [lambda: len(1, 2), lambda: abs(), lambda: int("1", 2, 3), lambda: range(), lambda: range(1, 2, 3, 4),
             lambda: sorted([3, 1], 1), lambda: "x".join(), lambda: [].append(), lambda: {}.get(), lambda: divmod(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
