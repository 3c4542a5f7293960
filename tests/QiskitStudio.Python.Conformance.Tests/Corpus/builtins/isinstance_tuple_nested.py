print(isinstance(3, (str, (list, int))), isinstance("s", ()), isinstance(None, (type(None),)))
