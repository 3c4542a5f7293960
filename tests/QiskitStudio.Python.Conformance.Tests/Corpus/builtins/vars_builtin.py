class P:
    def __init__(self):
        self.x = 1
        self.y = "two"
p = P()
print(vars(p))
v = vars(p)
v["z"] = 3
print(p.z)
try:
    vars(5)
except TypeError as e:
    print(e)
