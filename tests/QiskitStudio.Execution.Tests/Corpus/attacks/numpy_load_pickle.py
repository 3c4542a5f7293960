# expect: blocked
import numpy as np
np.load('/tmp/x.npy', allow_pickle=True)
