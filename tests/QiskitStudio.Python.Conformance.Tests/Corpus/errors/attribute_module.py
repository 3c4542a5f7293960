import math
math.tau2
