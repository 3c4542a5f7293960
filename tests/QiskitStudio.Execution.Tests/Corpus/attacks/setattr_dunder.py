# expect: blocked
class A:
    pass
setattr(A(), '__class__', int)
