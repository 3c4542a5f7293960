a = 1; b = 2; print(a + b)
if a: print("inline if"); print("second")
for i in range(2): print(i)
while False: pass
