class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
with Managed("a") as m, Managed("b"):
    print("inside", m.name)
with Managed("quiet", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with Managed("loud"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", e)
def early():
    with Managed("ret"):
        return "returned"
print(early())
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            break
