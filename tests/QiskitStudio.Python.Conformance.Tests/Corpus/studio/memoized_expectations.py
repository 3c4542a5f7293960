import functools
import math
@functools.lru_cache(maxsize=None)
def binom_prob(n, k, p_num, p_den):
    p = p_num / p_den
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)
dist = [binom_prob(10, k, 1, 2) for k in range(11)]
print([round(x, 5) for x in dist])
print(round(sum(dist), 12), binom_prob.cache_info().currsize)
mean = sum(k * p for k, p in enumerate(dist))
print(f"mean={mean:.3f}")
