# expect: blocked
class A:
    def __init__(self):
        pass
print('{0.__init__.__globals__}'.format(A()))
