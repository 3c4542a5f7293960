# expect: contained
while True:
    try:
        pass
    finally:
        continue
