class C:
    def m(self, x): return x
C().m()
