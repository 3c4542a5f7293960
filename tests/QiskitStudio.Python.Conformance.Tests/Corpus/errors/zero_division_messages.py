for op in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0,
           lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(0, -2),
           lambda: (1 + 1j) / 0, lambda: 10 ** 30 // 0]:
    try:
        op()
    except ZeroDivisionError as e:
        print(e)
