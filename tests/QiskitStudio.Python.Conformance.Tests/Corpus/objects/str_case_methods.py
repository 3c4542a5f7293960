s = "Hello World from PYTHON"
print(s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("hello".islower(), "HI".isupper(), "Title Case".istitle())
print("abc".isalpha(), "123".isdigit(), "12a".isalnum(), "  ".isspace(), "x1".isidentifier())
print("١٢".isdigit(), "½".isnumeric(), "12".isdecimal(), "".isalpha())
