import re
html = "<b>bold</b><i>it</i>"
print(re.findall(r"<.+>", html), re.findall(r"<.+?>", html))
print(re.findall(r"a{2,}", "a aa aaa"), re.findall(r"a{2,}?", "aaaa"))
print(re.sub(r"^\s+|\s+$", "", "  trim me  "))
print(re.findall(r"[A-Z][a-z]*", "HelloBigWorld"))
