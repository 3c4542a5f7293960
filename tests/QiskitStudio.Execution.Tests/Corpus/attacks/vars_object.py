# expect: blocked
print(vars(object)['mro'])
