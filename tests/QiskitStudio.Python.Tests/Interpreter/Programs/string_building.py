s = "x" * 600
alias = s
for i in range(5):
    s += str(i)
print(len(s), len(alias), s[-5:], alias[-3:], s is not alias)
def build(n):
    out = "start:" + "." * 600
    snapshots = []
    for i in range(n):
        out += f"{i},"
        if i % 3 == 0:
            snapshots.append(len(out))
    return out[-10:], snapshots, type(out).__name__
print(build(10))
def closure_build():
    text = "-" * 700
    def add(t):
        nonlocal text
        text += t
    for c in "abc":
        add(c)
    return text[-4:], len(text)
print(closure_build())
total = ""
for i in range(1000):
    total += "ab"
print(len(total), total[:6], total == "ab" * 1000, "ab" * 3 in total)
parts = "y" * 520
copy_before = parts
parts += "!"
copy_after = parts
parts += "?"
print(copy_before[-1], copy_after[-2:], parts[-2:], len(parts), len(copy_after))
n = 0
n += 5
lst = [1]
lst += [2]
print(n, lst, locals()["n"], globals()["total"][-2:])
