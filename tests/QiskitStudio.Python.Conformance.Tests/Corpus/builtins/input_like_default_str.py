print(str(), repr(str()), str(b"x"[0]), str(3.0))
print(bool("0"), bool(" "), bool(0.0 + 0j))
