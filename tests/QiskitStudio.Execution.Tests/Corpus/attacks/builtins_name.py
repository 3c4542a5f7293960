# expect: blocked
print(__builtins__)
