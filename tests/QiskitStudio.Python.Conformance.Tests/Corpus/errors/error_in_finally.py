try:
    print("body")
finally:
    [][0]
