s = "quantum"
for i, ch in enumerate(s):
    if ch in "aeiou":
        print(i, ch)
print(s[2:5], s[-3:], s.index("t"), max(s), min(s))
try:
    s[100]
except IndexError as e:
    print(e)
try:
    s[0] = "Q"
except TypeError as e:
    print(e)
