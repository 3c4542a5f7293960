import re
print(re.findall(r"\w+", "héllo wörld_1"), re.findall(r"\s", "a b\tc\n"))
print(re.findall(r"\D+", "ab12cd"), re.findall(r"\S+", " x  y "), re.findall(r"[\d.]+", "v1.2.3 and 4"))
print(re.split(r"\W+", "one, two; three"))
print(re.findall(r"\$\d+\.\d{2}", "costs $3.50 and $12.99"))
