import copy
a = [1, [2, 3]]
b = list(a)
c = copy.deepcopy(a)
a[1].append(4)
print(a, b, c)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 0], [2] > [1, 9])
