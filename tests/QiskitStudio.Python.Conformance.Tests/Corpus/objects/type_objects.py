print(type(1), type("a"), type([]), type({}), type(None), type(len))
print(type(1.0), type(()), type(set()), type(range(1)), type(type))
class K: pass
print(type(K()).__name__, type(K) is type, K.__name__)
print(int, str, list)
print(type(print).__name__, type(lambda: 0).__name__)
