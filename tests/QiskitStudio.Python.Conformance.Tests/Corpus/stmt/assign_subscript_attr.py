d = {}
d["a"] = 1
d["b"] = d["a"] + 1
lst = [0] * 4
lst[1] = 9
lst[-1] = 7
lst[1:3] = ["x", "y", "z"]
print(d, lst)
class O: pass
o = O()
o.v = 3
o.w = o.v * 2
print(o.v, o.w)
m = [[0] * 2 for _ in range(2)]
m[1][0] = 5
print(m)
