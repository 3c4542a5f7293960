import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(max, [3, 9, 2]))
p = functools.partial(int, base=2)
print(p("1011"))
def power(base, exp): return base ** exp
square = functools.partial(power, exp=2)
print(square(7), square.func.__name__, square.keywords)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3.args)
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)
