class Config:
    default = 10
    items = []
    def __init__(self, v=None):
        if v is not None:
            self.default = v
a = Config()
b = Config(5)
print(a.default, b.default, Config.default)
Config.default = 20
print(a.default, b.default)
a.items.append(1)
print(b.items, Config.items)
