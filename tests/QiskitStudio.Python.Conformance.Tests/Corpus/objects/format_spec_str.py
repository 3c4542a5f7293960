s = "qiskit"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".3", "10.2", "-^8.4"]:
    print(repr(spec), repr(format(s, spec)))
print(format(True), format(None), format([1, 2]), format(3, ""))
print(format(True, "d"), format(True, ">5"))
