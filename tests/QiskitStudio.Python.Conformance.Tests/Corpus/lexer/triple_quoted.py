s = """line one
line two
    indented "quotes" inside
"""
print(s, end="")
t = '''single 'triple'
ok'''
print(t)
u = """\
no leading newline"""
print(u)
print(len("""a
b"""))
