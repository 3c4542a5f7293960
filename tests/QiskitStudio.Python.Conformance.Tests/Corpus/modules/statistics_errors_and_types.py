import statistics
from fractions import Fraction
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.median([3, 1, 2, 4]))
print(statistics.variance([1, 2, 3]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics.mean([1, 2.5]), statistics.fmean([1, 2, 3, 4]), statistics.mode([1.5, 1.5, 2]))
for f, data in [(statistics.variance, [1]), (statistics.median, []), (statistics.mode, []), (statistics.stdev, [2])]:
    try:
        f(data)
    except statistics.StatisticsError as e:
        print(f.__name__, e)
print(isinstance(statistics.StatisticsError(), ValueError))
