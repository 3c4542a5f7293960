from typing import Optional, List, Dict, NamedTuple
class Row(NamedTuple):
    id: int
    label: str = "none"
r = Row(1)
print(r, r.id, r._asdict() if hasattr(r, "_asdict") else "", Row(2, "b"))
def parse(xs: Optional[List[str]] = None) -> Dict[str, int]:
    return {x: len(x) for x in (xs or [])}
print(parse(["ab", "c"]), parse())
