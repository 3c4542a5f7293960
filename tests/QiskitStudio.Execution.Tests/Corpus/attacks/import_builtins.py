# expect: blocked
import builtins
builtins.open('/etc/passwd')
