from collections import ChainMap
base = {"shots": 1024, "seed": 1}
over = {"shots": 10}
cm = ChainMap(over, base)
print(cm["shots"], cm["seed"], len(cm), sorted(cm))
