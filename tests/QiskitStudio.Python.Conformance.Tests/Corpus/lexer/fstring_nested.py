items = ["a", "b"]
d = {"k": 5}
print(f"{', '.join(f'<{i}>' for i in items)}")
print(f"{d['k']} {d['k'] * 2}")
print(f"{'yes' if d else 'no'}")
print(f"{len(items):03d}")
print(f"{(lambda v: v + 1)(2)}")
print(f"""{items
}""")
