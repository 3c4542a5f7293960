class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
obj = Logged()
print(obj.x)
try:
    obj.secret_key
except AttributeError as e:
    print(e)
print(getattr(obj, "secret", "fallback"))
