a = 1
b = 2
msg = f"""Result:
  a = {a}
  b = {b}
  sum = {a + b}"""
print(msg)
