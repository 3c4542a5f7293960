def classify(v):
    try:
        if v == 1: raise ValueError("v")
        if v == 2: raise TypeError("t")
        if v == 3: raise KeyError("k")
        if v == 4: raise IndexError("i")
        return "none"
    except (ValueError, TypeError) as e:
        return "value-or-type " + str(e)
    except LookupError as e:
        return "lookup " + type(e).__name__
for v in range(5):
    print(classify(v))
