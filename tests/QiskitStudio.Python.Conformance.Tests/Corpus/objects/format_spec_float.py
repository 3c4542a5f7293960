x = 12345.6789
for spec in ["", "f", ".2f", "10.1f", "<12.3f", "^12.1f", "012.2f", "+.1f", ",.2f", "_.1f",
             "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "#.0f", ".0f", "10", ".2", "n"]:
    print(repr(spec), repr(format(x, spec)))
for v in (0.5, 1.5, 2.5, 0.125, 1e-10, 1e20, -0.0):
    print(format(v, ".0f"), format(v, ".2g"), format(v, "g"), format(v, "e"))
