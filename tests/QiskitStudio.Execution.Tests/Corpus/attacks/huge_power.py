# expect: contained
x = 10 ** 10 ** 10
print('ESCAPED')
