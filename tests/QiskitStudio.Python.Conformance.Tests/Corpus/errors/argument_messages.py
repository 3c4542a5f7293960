def f(a, b=1, *, c): pass
def g(x, /): pass
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, c=1, d=2), lambda: g(x=1), lambda: f(1, a=2, c=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
class K:
    def m(self, a): pass
for call in [lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
