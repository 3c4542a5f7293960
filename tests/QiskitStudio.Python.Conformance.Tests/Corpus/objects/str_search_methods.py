s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("quick"), s.count("o"), s.count("the"), s.count(""))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")), s.endswith("o", 0, 15))
try:
    s.index("cat")
except ValueError as e:
    print(e)
print(s.rindex("o"))
