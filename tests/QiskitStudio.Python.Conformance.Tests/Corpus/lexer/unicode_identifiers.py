größe = 3
π = 3.14
print(größe, π)
s = "héllo wörld ✓"
print(s, len(s))
print(s.upper())
