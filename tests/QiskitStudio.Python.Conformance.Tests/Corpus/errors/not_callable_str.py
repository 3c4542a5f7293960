"abc"(1)
