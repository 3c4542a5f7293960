# expect: blocked
import signal, os
os.kill(1, signal.SIGKILL)
