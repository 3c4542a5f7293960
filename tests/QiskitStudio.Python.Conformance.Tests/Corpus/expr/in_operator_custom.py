class Evens:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Seq:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Seq(), 5 in Seq())
