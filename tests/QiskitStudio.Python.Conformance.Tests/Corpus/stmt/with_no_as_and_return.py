log = []
class Rec:
    def __enter__(self):
        log.append("enter")
    def __exit__(self, *a):
        log.append("exit")
def f():
    with Rec():
        return "returned"
print(f(), log)
for i in range(2):
    with Rec():
        if i == 0:
            continue
print(log)
