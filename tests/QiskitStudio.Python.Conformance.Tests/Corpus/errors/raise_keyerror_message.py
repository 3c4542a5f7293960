raise KeyError("the key")
