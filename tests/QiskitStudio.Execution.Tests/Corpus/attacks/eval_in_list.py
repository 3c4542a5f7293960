# expect: blocked
f = [eval][0]
print(f('2*3'))
