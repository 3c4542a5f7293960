class Pizza:
    count = 0
    def __init__(self, size):
        self.size = size
        Pizza.count += 1
    @classmethod
    def small(cls):
        return cls(8)
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
p = Pizza.small()
print(p.size, Pizza.count, Pizza.area(2), p.area(1))
class Sub(Pizza): pass
print(type(Sub.small()).__name__, Pizza.count)
