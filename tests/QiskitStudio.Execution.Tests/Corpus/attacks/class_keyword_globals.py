# expect: blocked
class A(metaclass=type):
    x = (lambda: 0).__globals__
