print("before")
total = 1 + "2"
