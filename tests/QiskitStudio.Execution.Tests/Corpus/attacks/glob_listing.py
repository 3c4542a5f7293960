# expect: blocked
import glob
print(glob.glob('/root/*'))
