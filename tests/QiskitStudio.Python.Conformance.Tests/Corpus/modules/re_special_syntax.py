import re
print(re.findall(r"(?:ab)+", "ababx abab"))
print(re.search(r"(?<=\$)\d+", "cost $45").group())
print(re.search(r"\d+(?= dollars)", "45 dollars").group())
print(re.findall(r"(\w)\1", "aabbcd"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
print(re.findall(r"[^\W\d_]+", "ab_12cd"), re.findall(r"\A\w", "xy"), re.findall(r"\w\Z", "xy"))
print(re.escape("a.b*c"), re.findall(r"\d{2,3}", "1 12 1234 12345"))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)?b", "b").group(1))
