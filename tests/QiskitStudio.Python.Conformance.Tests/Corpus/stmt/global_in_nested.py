g = "global"
def outer():
    g = "outer"
    def inner():
        global g
        g = "set by inner"
    inner()
    return g
print(outer(), g)
