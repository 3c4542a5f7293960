# expect: blocked
from os import system
system('id')
