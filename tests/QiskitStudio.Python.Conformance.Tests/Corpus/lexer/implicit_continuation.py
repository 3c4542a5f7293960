values = [
    1, 2,
    3,
]
d = {
    "a": 1,
    "b": (2,
          3),
}
print(values, d)
r = (1 +
     2 *
     3)
print(r)
def g(a,
      b=2,
      ):
    return a + b
print(g(1,
        ))
