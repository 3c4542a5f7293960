import re
print(re.sub(r"\s+", " ", "a   b \t c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.subn(r"o", "0", "foo boo"), re.sub("a", "b", "aaa", count=2))
print(re.split(r",\s*", "a, b,c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"x", "axbxc", maxsplit=1))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub(r"(a)", r"\g<1>\g<0>", "cat"))
