# expect: blocked
name = '__sub' + 'classes__'
print(getattr(object, name)())
