# expect: contained
while True:
    pass
print('ESCAPED')
