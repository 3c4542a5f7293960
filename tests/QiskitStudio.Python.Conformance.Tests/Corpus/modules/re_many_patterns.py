import re
cases = [
    (r"\d+", "a1b22c333"), (r"(\w+)=(\w*)", "a=1 b= c=3"), (r"(?i)qiskit", "Qiskit QISKIT qiskit"),
    (r"^\s*#.*$", "x\n  # c\ny", re.M), (r"a|b|", "abc"), (r"(a)(b)?", "ab a"), (r"[^a-c]+", "abcdefabc"),
    (r"\bq(\d)\b", "q1 q22 q3"), (r"(?P<n>\d)(?P=n)", "1122334"), (r"x{2,3}", "x xx xxx xxxx"),
    (r"[\w.-]+@[\w-]+\.\w+", "mail a.b-c@ex-am.com now"), (r"(?s)<.*?>", "<a\nb> <c>"), (r"\$\{(\w+)\}", "${x} and ${y}"),
    (r"(?<![\d.])\d+(?![\d.])", "1 2.5 33 4."), (r"[-+]?\d*\.\d+|\d+", "-1.5 +2 .3 4"), (r"(?x) \d+ \s* (?:px|em)", "10px 3 em 4pt"),
    (r"\W+", "hello, world! ok"), (r"[\[\]]", "a[b]c"), (r"(ab)*", "ababx"), (r"\\", r"a\b\c"),
    (r"[a-z]+(?=\()", "h(0) cx(0,1)"), (r"(\d+)(?:st|nd|rd|th)", "1st 2nd 3rd 4th"), (r"\s+$", "trail   "),
]
for case in cases:
    pat, text = case[0], case[1]
    flags = case[2] if len(case) > 2 else 0
    print(repr(pat), re.findall(pat, text, flags), re.sub(pat, "<\\g<0>>", text, flags=flags), re.split(pat, text, flags=flags))
    m = re.search(pat, text, flags)
    print("  ", m and (m.group(), m.groups(), m.span(), m.lastindex))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"a", r"\n\t\\", "a"), re.escape("1+1=2? [yes] (no) {x} a|b ^$ ~ # &"))
for bad in ["a**", "(?P<1a>x)", "[z-a]", "(?<=a+)b", "\\1(a)"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print("error", bad)
