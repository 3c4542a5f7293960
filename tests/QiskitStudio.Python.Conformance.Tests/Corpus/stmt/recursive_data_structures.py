class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)
    def __len__(self):
        return 1 + sum(len(c) for c in self.children)
t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
for depth, value in t.walk():
    print("  " * depth + value)
print(len(t), max(d for d, _ in t.walk()))
def flatten(nested):
    return [x for sub in nested for x in (flatten(sub) if isinstance(sub, list) else [sub])]
print(flatten([1, [2, [3, [4, []]]], 5]))
