try:
    raise ValueError("bad value")
except Exception as e:
    print(str(e), repr(e), type(e).__name__, e.args)
try:
    raise KeyError("key")
except Exception as e:
    print(str(e), repr(e))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].index(5)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
