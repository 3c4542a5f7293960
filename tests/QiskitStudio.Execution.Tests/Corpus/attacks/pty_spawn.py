# expect: blocked
import pty
pty.spawn('/bin/sh')
