from dataclasses import dataclass, field, asdict, fields, replace
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1, 2)
print(p, asdict(p), [f.name for f in fields(p)], replace(p, y=9))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__)
@dataclass(order=True)
class V:
    major: int
    minor: int
print(sorted([V(1, 2), V(0, 9), V(1, 0)]))
@dataclass
class Res:
    counts: dict = field(default_factory=dict)
    label: str = field(default="r", repr=False)
print(Res(), Res({"00": 1}))
