def f():
    x = 1
# comment at col 0
        # deeper comment
    
	
    return x
print(f())
class A:
    """doc

    more
    """
    # trailing comment

print(A.__doc__)
x = [
    1,  # one

    2,
]
print(x)
# final comment without newline