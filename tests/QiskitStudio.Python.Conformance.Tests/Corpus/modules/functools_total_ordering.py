import functools
@functools.total_ordering
class Card:
    def __init__(self, rank): self.rank = rank
    def __eq__(self, o): return self.rank == o.rank
    def __lt__(self, o): return self.rank < o.rank
a, b = Card(2), Card(5)
print(a < b, a <= b, a > b, a >= b, a == Card(2))
