e = ValueError("a", 2)
print(e.args, str(ValueError("msg")), repr(KeyError("k")), str(KeyError("k")))
print(repr(Exception()), str(Exception()))
try:
    int("abc")
except ValueError as err:
    print(err)
try:
    raise IndexError
except IndexError as err:
    print(repr(err))
