s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s))
s.discard(10); s.remove(4)
print(sorted(s))
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)
print(sorted(s.union([9])), sorted(s.intersection({1, 2})), sorted(s.difference([1])), sorted(s.symmetric_difference({1, 7})))
print(s.issubset({1, 2, 3, 4}), s.issuperset({1}))
s.update([5, 6]); s.difference_update([6]); s.intersection_update(range(10))
print(sorted(s), set(), set("aab") == {"a", "b"})
p = {1}.pop()
print(p)
