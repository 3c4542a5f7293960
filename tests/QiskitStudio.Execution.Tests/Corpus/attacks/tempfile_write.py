# expect: blocked
import tempfile
tempfile.NamedTemporaryFile().write(b'x')
