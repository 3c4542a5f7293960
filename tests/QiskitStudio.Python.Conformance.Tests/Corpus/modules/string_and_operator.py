import string, operator
print(string.capwords("the  qUICK brown", " "), string.ascii_lowercase[::5])
print(all(c in string.printable for c in "Hello, World!\n"))
getter = operator.itemgetter("name", "score")
print(getter({"name": "q", "score": 3, "x": 0}))
print(operator.attrgetter("imag", "real")(3 + 4j))
print(operator.methodcaller("replace", "a", "o")("banana"))
print(operator.truth([]), operator.contains([1, 2], 2), operator.concat([1], [2]), operator.pow(2, 5))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
