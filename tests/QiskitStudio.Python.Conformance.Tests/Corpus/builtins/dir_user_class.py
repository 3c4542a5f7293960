class Shape:
    sides = 0
    def __init__(self):
        self.color = "red"
    def area(self):
        return 0
    def _hidden(self):
        pass
print([n for n in dir(Shape) if not n.startswith("__")])
print([n for n in dir(Shape()) if not n.startswith("_")])
print("area" in dir(Shape), "color" in dir(Shape()))
