# expect: blocked
print('%s' % (int.__mro__,))
