x = None
def f():
    pass
print(f() is None, x is None, (1 > 0) is True, bool(0) is False)
print(not None is True)
