# a comment at the top

x = 1  # trailing comment


# another comment
if x:
    # inside a block

    print("x is", x)  # comment after code
