from typing import Optional, List, Dict, TypeVar, Generic, Callable, cast, Any
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(3).get(), cast(int, "not checked"), T)
def apply(f: Callable[[int], int], xs: List[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}
print(apply(lambda v: v * v, [1, 2, 3]))
x: Optional[Any] = None
print(x)
