# expect: blocked
import numpy.ctypeslib
