namespace QiskitStudio.Python.Bench;

/// <summary>
/// The programs both interpreters run. Each is sized to take some tens of milliseconds in
/// CPython 3.11 and prints one line, so output handling does not dominate.
/// </summary>
public static class BenchPrograms
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["fib"] = """
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            print(fib(25))
            """,

        ["arith_loop"] = """
            total = 0
            x = 1.5
            for i in range(200000):
                total += i * 3 % 7 - (i // 5)
                x = x * 1.000001 + 0.5 / (i + 1)
            print(total, round(x, 6))
            """,

        ["string_build"] = """
            parts = []
            s = ""
            for i in range(100000):
                parts.append(str(i))
                if i % 100 == 0:
                    s += f"{i:05d};"
            text = ",".join(parts)
            print(len(text), len(s), text.count("9"), text[:20].upper())
            """,

        ["comprehensions"] = """
            squares = [i * i for i in range(150000)]
            evens = [v for v in squares if v % 2 == 0]
            table = {i: i % 17 for i in range(60000)}
            pairs = sum(1 for a in range(250) for b in range(250) if (a + b) % 3 == 0)
            print(len(squares), len(evens), sum(table.values()), pairs)
            """,

        ["dict_counting"] = """
            words = ["q%d" % (i % 997) for i in range(150000)]
            counts = {}
            for w in words:
                counts[w] = counts.get(w, 0) + 1
            freq = {}
            for w in words:
                if w in freq:
                    freq[w] += 1
                else:
                    freq[w] = 1
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            print(len(counts), top, freq == counts)
            """,

        ["classes"] = """
            class Vec:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def add(self, other):
                    return Vec(self.x + other.x, self.y + other.y)
                def scale(self, k):
                    return Vec(self.x * k, self.y * k)
                @property
                def norm2(self):
                    return self.x * self.x + self.y * self.y
            class Particle:
                def __init__(self, i):
                    self.pos = Vec(i, -i)
                    self.vel = Vec(1, 0.5)
                def step(self, dt):
                    self.pos = self.pos.add(self.vel.scale(dt))
            particles = [Particle(i) for i in range(200)]
            for _ in range(100):
                for p in particles:
                    p.step(0.01)
            print(round(sum(p.pos.norm2 for p in particles), 3))
            """,
    };
}
