data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[1]))
nums = [3, -1, 2, -3, 1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.casefold), max(words, key=len), min(words))
print(sorted([[3, "c"], [1, "a"], [2, "b"], [1, "A"]]))
