a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 2
print(s)
d = {"n": 0}
d["n"] += 1
print(d)
class C: pass
c = C(); c.n = 1; c.n += 41
print(c.n)
lst = [1, 2, 3]
lst[0] -= 10
print(lst)
