# __del__ runs even when __init__ failed; a resurrected object is not finalized twice; errors in __del__ are ignored.
class T:
    def __init__(self, n, fail=False):
        self.n = n
        if fail:
            raise ValueError("init failed for " + n)
    def __del__(self):
        print("del", self.n)
try:
    t = T("bad", fail=True)
except ValueError as e:
    print("caught", e)
print("after")
class R:
    saved = []
    def __del__(self):
        print("R.__del__ runs")
        R.saved.append(self)
r = R()
del r
print("saved", len(R.saved))
R.saved.clear()
print("cleared; no second __del__")
class Boom:
    def __del__(self):
        raise RuntimeError("ignored")
b = Boom()
del b
print("still running")
