import json
import math
import sys
from collections import Counter
from dataclasses import dataclass


@dataclass
class Measurement:
    label: str
    shots: int

    def __repr__(self):
        return f"{self.__class__.__name__}({self.label!r}, {self.shots})"


class Register:
    def __init__(self, size):
        self.size = size

    def __len__(self):
        return self.size

    @property
    def dimension(self):
        return 2 ** self.size

    @staticmethod
    def describe():
        return "register"


def main():
    reg = Register(3)
    print(len(reg), reg.dimension, Register.describe(), type(reg).__name__)
    counts = Counter("0101101")
    print(json.dumps(dict(sorted(counts.items())), indent=2), file=sys.stdout)
    print(Measurement("00", 512), math.isclose(0.1 + 0.2, 0.3), file=sys.stderr)
    sys.stdout.write("done\n")


if __name__ == "__main__":
    main()
