try:
    [][1]
except:
    print("bare caught")
try:
    raise Exception("generic")
except Exception as e:
    print("exc", e)
def g():
    try:
        raise ValueError
    except Exception as e:
        return type(e).__name__
print(g())
