# expect: blocked
import numpy as np
print(np.loadtxt('/etc/passwd', dtype=str))
