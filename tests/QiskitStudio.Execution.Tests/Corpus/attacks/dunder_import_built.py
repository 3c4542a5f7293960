# expect: blocked
name = 'o' + 's'
m = __import__(name)
