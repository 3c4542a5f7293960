import math
vals=[0.5,2.5,7.3,-0.5,-2.5,1e-5,30.5,150.2,-150.5,0.1]
print([repr(math.gamma(v)) for v in vals])
print([repr(math.lgamma(v)) for v in vals+[10, 100.5, -3.7]])
