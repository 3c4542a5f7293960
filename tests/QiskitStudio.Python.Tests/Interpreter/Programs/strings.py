s = "Hello, World"
print(s[0], s[-1], s[2:5], s[::-1], s[::2], s[-5:], s[:100])
print(s.upper(), s.lower(), s.split(", "), "-".join(["a", "b", "c"]))
print(len(s), "World" in s, s.find("o"), s.replace("l", "L"), s.startswith("He"))
name = "qubit"; n = 3; pi = 3.14159265
print(f"{name} {n} {pi:.2f} {n:>5} {n:<5}| {n:05d} {pi:10.3f} {name!r} {name!s:>8}")
print(f"{n=} {pi = :.1f} {name=!s} {{literal}} {'nested'} {n * 2 + 1}")
print(f"{1000000:,} {0.25:%} {255:x} {255:#b} {-5:+d} {3.0:g} {12345.678:e}")
w = 8
print(f"{name:>{w}}|{name:^{w}}|{name:*<{w}}|")
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "%5s|%-5s|" % ("a", "b"))
print("{} and {}".format("x", "y"), "{1}{0}".format("a", "b"), "{name}".format(name="z"))
print(r"raw\n", b"bytes", 'it\'s', "tab\there", """triple
quoted""")
print("a" "b" 'c', "x" < "y", "abc" * 2, ord("A"), chr(66), repr("q'uote"))
print(str(1.0), str(None), str(True), repr([1, "a", None]), "%r" % ("s",))
print(f"{'a' if n > 2 else 'b'}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }")
