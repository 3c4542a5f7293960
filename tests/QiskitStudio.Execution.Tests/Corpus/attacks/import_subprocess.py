# expect: blocked
import subprocess
subprocess.run(['id'])
