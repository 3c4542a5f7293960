calls = []
def tag(label):
    def deco(fn):
        def w(*a):
            calls.append(label)
            return f"<{label}>{fn(*a)}</{label}>"
        return w
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
print(calls)
