def a(): return
def b(): return 1, 2
def c():
    for i in range(5):
        if i == 3:
            return i
def d(): pass
print(a(), b(), c(), d())
def early(x):
    if x:
        return "yes"
    return "no"
print(early(1), early(0))
