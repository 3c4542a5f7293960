people = [("bob", 25), ("al", 30), ("cy", 25), ("di", 30), ("ed", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["Banana", "apple", "cherry", "Apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, -3, 2, -8]
nums.sort(key=abs)
print(nums)
