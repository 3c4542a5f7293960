# expect: blocked
breakpoint()
