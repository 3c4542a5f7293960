import re
print(re.sub("x*", "-", "abxd"))
print(re.split(r"\b", "a b"))
print(re.findall(r"\d*", "a12b"))
print(re.sub(r"(?m)^", "> ", "l1\nl2"))
print(re.split(r"(,)|;", "a,b;c"))
print(re.subn("", "|", "abc"))
