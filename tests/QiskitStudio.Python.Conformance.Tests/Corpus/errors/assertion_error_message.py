assert False, "expected failure"
