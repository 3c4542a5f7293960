import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([5, 1, 3, 2]))
print(statistics.mode(["a", "b", "a"]), statistics.multimode([1, 1, 2, 2, 3]))
print(round(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), 10))
print(statistics.variance([1, 2, 3, 4, 5]), statistics.pvariance([1, 2, 3, 4, 5]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
