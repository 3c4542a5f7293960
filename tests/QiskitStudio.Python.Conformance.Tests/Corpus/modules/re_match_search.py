import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com rest")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group())
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
s = re.search(r"(?P<key>\w+)=(?P<val>\d+)", "x: shots=1024;")
print(s.group("key"), s["val"], s.groupdict(), s.span("val"))
print(bool(re.search("^b", "ab")), bool(re.search("^b", "a\nb", re.M)))
