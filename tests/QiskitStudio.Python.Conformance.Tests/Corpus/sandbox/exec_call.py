exec("print(1)")
