# expect: blocked
import shutil
shutil.rmtree('/')
