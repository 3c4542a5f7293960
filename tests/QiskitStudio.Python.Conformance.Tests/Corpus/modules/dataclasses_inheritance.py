from dataclasses import dataclass, field, fields, is_dataclass, astuple
@dataclass
class Base:
    name: str
    tags: list = field(default_factory=list)
@dataclass
class Job(Base):
    shots: int = 100
j = Job("bell", shots=5)
print(j, [f.name for f in fields(j)], is_dataclass(j), is_dataclass(Job), is_dataclass(3))
print(astuple(j), Job("x") == Job("x"), Job("x") == Base("x"))
try:
    Job()
except TypeError as e:
    print(e)
try:
    Job("a", [], 1, 2)
except TypeError as e:
    print(e)
try:
    hash(j)
except TypeError as e:
    print(e)
