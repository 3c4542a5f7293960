# expect: blocked
print(open('/etc/passwd').read())
