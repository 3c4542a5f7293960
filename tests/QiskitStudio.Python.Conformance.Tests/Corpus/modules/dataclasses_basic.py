from dataclasses import dataclass, field
@dataclass
class Job:
    name: str
    shots: int = 1024
    tags: list = field(default_factory=list)
j = Job("bell")
print(j)
print(j == Job("bell"), j == Job("bell", 10), j.shots)
j.tags.append("x")
print(Job("a", 1, ["t"]), Job("b").tags)
@dataclass
class P:
    x: float
    y: float
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(P(3, 4).norm(), P(1.5, -2))
