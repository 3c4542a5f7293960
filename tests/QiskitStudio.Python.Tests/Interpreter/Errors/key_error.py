counts = {"00": 5}
print(counts["11"])
