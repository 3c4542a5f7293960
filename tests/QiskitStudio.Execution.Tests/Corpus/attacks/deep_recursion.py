# expect: contained
def f(n):
    return f(n + 1)
f(0)
print('ESCAPED')
