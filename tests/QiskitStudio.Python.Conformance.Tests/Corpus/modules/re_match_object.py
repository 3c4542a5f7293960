import re
m = re.search(r"(\d+)-(\d+)?", "range 10- end")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.groups("none"))
print(m.span(1), m.span(2), m.lastindex, m.re.pattern, m.string)
print(m.expand(r"[\1]"), m.group(1, 0))
print(repr(re.match("ab", "abc")) == "<re.Match object; span=(0, 2), match='ab'>")
print(re.match("ab", "abc"))
