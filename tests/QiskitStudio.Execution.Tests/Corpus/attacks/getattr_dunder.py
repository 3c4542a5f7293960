# expect: blocked
print(getattr(object, '__subclasses__')())
