print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\t"), repr("nl\n"), repr("\x00\x7f"), repr("é"), repr("\u200b"))
print(repr("back\\slash"), repr(""), repr("\r"))
print(["a'b", 'c"d'])
