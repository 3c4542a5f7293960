# expect: blocked
with open('/tmp/pwned', 'w') as f:
    f.write('x')
