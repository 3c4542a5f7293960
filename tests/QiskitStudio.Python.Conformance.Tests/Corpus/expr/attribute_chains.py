class A:
    def __init__(self):
        self.b = B()
class B:
    def __init__(self):
        self.items = {"k": [10, 20, {"deep": "value"}]}
    def get(self):
        return self
a = A()
print(a.b.items["k"][2]["deep"], a.b.get().get().items["k"][-2])
print("  padded  ".strip().upper().replace("P", "p").center(10, "*"))
