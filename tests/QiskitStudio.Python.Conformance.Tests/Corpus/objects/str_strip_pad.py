print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.site.com".lstrip("w."))
print("7".zfill(3), "-7".zfill(4), "abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6))
print("a\tb".expandtabs(4), "prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
