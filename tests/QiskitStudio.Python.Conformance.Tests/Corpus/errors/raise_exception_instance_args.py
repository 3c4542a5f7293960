raise Exception("a", 1)
