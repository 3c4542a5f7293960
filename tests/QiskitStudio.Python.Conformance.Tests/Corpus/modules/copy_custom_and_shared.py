import copy
shared = [0]
a = [shared, shared]
b = copy.deepcopy(a)
print(b[0] is b[1], b[0] is shared)
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
n = Node(1, Node(2))
m = copy.deepcopy(n)
m.nxt.v = 20
print(n.nxt.v, m.nxt.v)
print(copy.copy([1, [2]])[1] is [1, [2]][1])
