print("ab" + "cd", "ab" * 3, 3 * "x", "" * 5)
print("abc" < "abd", "Z" < "a", "apple" > "app")
print("a" in "banana", "banana".count("a"))
print("x" "y")
print(str(1) + "1", int("1") + 1)
try:
    print("a" + 1)
except TypeError as e:
    print(e)
