print(type(1) is int, type("x") == str, type([]).__name__, type(type(1)).__name__)
class Q: pass
q = Q()
print(type(q) is Q, type(q).__name__)
T = type("T", (), {"v": 5})
print(T.v, T().v, T.__name__)
