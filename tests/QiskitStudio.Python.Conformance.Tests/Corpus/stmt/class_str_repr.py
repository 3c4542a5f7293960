class A: pass
class B:
    def __repr__(self): return "B!"
class C:
    def __str__(self): return "C-str"
print(str(B()), repr(B()), [B()])
print(str(C()), [C()][0].__str__())
print(repr(A()).startswith("<__main__.A object at"))
print(f"{B()} {C()}")
