total = 1 + \
    2 + \
    3
print(total)
s = "abc" \
    "def"
print(s)
if total > 5 and \
   s:
    print("both")
