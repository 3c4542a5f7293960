print(compile("1", "<s>", "eval"))
