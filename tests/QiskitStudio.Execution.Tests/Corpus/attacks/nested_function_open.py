# expect: blocked
def helper():
    def inner():
        return open
    return inner()
helper()('/etc/passwd')
