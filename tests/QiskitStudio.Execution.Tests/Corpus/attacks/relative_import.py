# expect: blocked
from . import secrets
