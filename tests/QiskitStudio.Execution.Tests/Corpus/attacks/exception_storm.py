# expect: contained
def boom(n):
    try:
        raise ValueError(n)
    except ValueError:
        return boom(n + 1)
boom(0)
print('ESCAPED')
