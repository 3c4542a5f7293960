class Rec: pass
r = Rec()
for i, name in enumerate(["alpha", "beta"]):
    setattr(r, name, i)
print(r.alpha, r.beta, sorted(vars(r).items()))
print(getattr(r, "gamma", None))
