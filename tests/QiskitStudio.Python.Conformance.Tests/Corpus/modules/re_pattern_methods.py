import re
p = re.compile(r"(?P<gate>[a-z]+)\((?P<q>\d+)\)")
prog = "h(0) cx(0) x(1) measure(2)"
print(p.groups, p.groupindex, p.pattern)
print(p.findall(prog))
print([m.groupdict() for m in p.finditer(prog)])
print(p.sub(lambda m: f"{m['gate'].upper()}[{m['q']}]", prog))
print(p.subn(r"\g<gate>@\2", prog))
print(p.split(prog))
print(p.match(prog).group("gate"), p.search(prog, 5).span(), p.match(prog, 5))
print(p.fullmatch("rz(3)").groups(), p.fullmatch("rz(3) "))
m = p.search(prog)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p)
