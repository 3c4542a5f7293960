import re
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error")
print(re.sub("x", "y", ""), re.findall("z", "abc"), re.split("z", "abc"))
print(re.IGNORECASE == re.I, int(re.M) == 8)
