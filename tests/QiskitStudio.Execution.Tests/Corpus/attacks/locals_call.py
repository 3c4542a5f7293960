# expect: blocked
print(locals())
