from collections import Counter
words = "the cat and the hat and the bat".split()
cnt = Counter(words)
print(cnt.most_common())
print(cnt.total())
cnt.subtract({"the": 2})
print(cnt)
print(Counter(a=2, b=-1) + Counter(), +Counter(a=1, b=-2))
