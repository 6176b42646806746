# An exception saved at module level outlives the handler.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
try:
    t = T("in try")
    raise KeyError("k")
except KeyError as err:
    print("caught", err)
    saved = err
print("after")
z = T("z")
