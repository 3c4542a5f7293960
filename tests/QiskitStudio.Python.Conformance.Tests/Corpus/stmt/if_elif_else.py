def grade(s):
    if s >= 90:
        return "A"
    elif s >= 80:
        return "B"
    elif s >= 70:
        return "C"
    else:
        return "F"
for s in (95, 85, 75, 10, 90, 80):
    print(s, grade(s))
if []:
    print("empty list true")
elif {}:
    print("empty dict true")
else:
    print("both falsy")
