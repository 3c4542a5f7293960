from typing import List, Dict, Optional, Union, Any, Tuple, Callable, Iterable, Sequence, Set
import typing
def f(xs: List[int], m: Dict[str, Any], o: Optional[str] = None) -> Tuple[int, str]:
    return len(xs), str(o)
print(f([1, 2], {}))
def g(cb: Callable[[int], int], u: Union[int, float]) -> Iterable[int]:
    return [cb(u)]
print(g(lambda v: v * 2, 3))
print(hasattr(typing, "TYPE_CHECKING"), typing.TYPE_CHECKING)
V = typing.TypeVar("V")
print("ok")
