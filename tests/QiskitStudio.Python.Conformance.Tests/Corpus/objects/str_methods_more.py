s = "Quantum Circuit Simulator"
print(s.split(" ", 1), s.rsplit(" ", 1), s.rpartition(" "))
print(s.find("i", 10), s.rfind("i", 0, 10), s.index("S"), s.count("i", 5))
print(s.lower().startswith(("sim", "quan")), s.endswith("tor", 0, len(s)))
print("a,b;c".replace(",", ";").split(";"), "x".join("abc"), "-".join(["only"]))
print("  indented\ttext ".split(), "line1\r\nline2".splitlines(), "ab".ljust(5, "-") + "|")
print("Ünïcödé".upper(), "ß".upper(), "İ".lower() == "i̇", "ǅ".istitle())
print("%s" % ("tuple",), "abc".center(8, "*"), "42".rjust(5, "0"), "3.14".isdecimal())
print(str.maketrans({"a": "1", "b": None}), "abcab".translate(str.maketrans({"a": "1", "b": None})))
