# expect: contained
x = ' ' * (10 ** 11)
print('ESCAPED')
