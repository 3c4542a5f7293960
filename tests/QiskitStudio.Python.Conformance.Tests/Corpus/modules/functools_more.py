import functools
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().hits > 0)
class Circuit:
    def __init__(self, n):
        self.n = n
    @functools.cached_property if hasattr(functools, "cached_property") else property
    def size(self):
        return 2 ** self.n
print(Circuit(3).size)
add = functools.partial(lambda a, b, c=0: a + b + c, 1, c=10)
print(add(2), add(2, c=0), add.args, add.keywords)
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
