x = None
print(x is None, x == None, not x)
print(True + True, True * 5, False - 1)
print(bool(0), bool(""), bool([]), bool([0]), bool(None), bool(0.0), bool("0"))
print(True and 3, 0 or "z", None or 0)
