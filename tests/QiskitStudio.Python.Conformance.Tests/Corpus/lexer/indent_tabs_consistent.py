if True:
	a = 1
	if a:
		print("tab block", a)
print("done")
