import re
p = re.compile(r"^h(\w+)", re.IGNORECASE | re.MULTILINE)
print(p.findall("Hello\nhi\nyo\nHUH"))
print(p.pattern, bool(p.flags & re.I))
print(re.findall(r"a.b", "a\nb"), re.findall(r"a.b", "a\nb", re.DOTALL), re.findall(r"a.b", "a\nb", flags=re.S))
v = re.compile(r"""
    (\d{3})   # area
    -(\d{4})  # number
""", re.VERBOSE)
print(v.search("call 555-1234 now").groups())
print(p.match("xhi"), p.search("xx\nhey").group(1))
