class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
try:
    raise NotFound("x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr()
except WithStr as e:
    print(e, repr(e))
