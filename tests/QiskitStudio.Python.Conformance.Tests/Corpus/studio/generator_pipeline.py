def read_shots(n, seed):
    import random
    r = random.Random(seed)
    for _ in range(n):
        yield "".join(r.choice("01") for _ in range(3))
def only_even_parity(stream):
    for s in stream:
        if s.count("1") % 2 == 0:
            yield s
def batch(stream, size):
    buf = []
    for s in stream:
        buf.append(s)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
for b in batch(only_even_parity(read_shots(30, seed=3)), 4):
    print(b)
