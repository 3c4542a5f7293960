# expect: blocked
import io
io.open('/etc/passwd').read()
