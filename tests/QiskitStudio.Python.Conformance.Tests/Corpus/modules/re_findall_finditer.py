import re
text = "q0 q1 q12 c3 q7"
print(re.findall(r"q(\d+)", text))
print(re.findall(r"(\w)(\d+)", text))
print(re.findall(r"\bq\d\b", text))
for m in re.finditer(r"[qc](\d+)", text):
    print(m.group(0), m.group(1), m.start())
print(re.findall(r"x*", "axxb"))
