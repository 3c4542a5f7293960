class Acct:
    def __init__(self):
        self.__balance = 10
        self._hint = "protected"
    def bal(self):
        return self.__balance
a = Acct()
print(a.bal(), a._hint, a._Acct__balance)
try:
    a.__balance
except AttributeError as e:
    print(e)
