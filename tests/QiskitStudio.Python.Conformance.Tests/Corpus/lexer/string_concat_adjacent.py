s = "a" 'b' """c""" f"{1}"
print(s)
t = ("one "
     "two "
     "three")
print(t)
