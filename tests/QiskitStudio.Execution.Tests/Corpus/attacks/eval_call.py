# expect: blocked
print(eval('1+1'))
