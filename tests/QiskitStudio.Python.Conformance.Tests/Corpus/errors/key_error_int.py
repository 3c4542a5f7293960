counts = {1: 2}
counts[7]
