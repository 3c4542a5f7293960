import operator
print(operator.add(1, 2), operator.mul(3, 4), operator.neg(5), operator.itemgetter(1)([4, 5, 6]))
print(operator.attrgetter("real")(3), sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)))
print(operator.itemgetter(0, 2)("abc"), operator.eq(1, 1), operator.truediv(1, 4))
