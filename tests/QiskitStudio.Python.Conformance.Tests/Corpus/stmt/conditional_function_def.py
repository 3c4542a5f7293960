if True:
    def f(): return "first"
else:
    def f(): return "second"
print(f())
def f(): return "redefined"
print(f())
for i in range(2):
    def g(i=i): return i
print(g())
