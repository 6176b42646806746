# A kept exception keeps its traceback, and the traceback keeps the failed frame's locals.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    t = T("in f")
    raise RuntimeError("fail")
def g():
    try:
        f()
    except RuntimeError as e:
        print("g caught", e)
        err = e
    print("after except")
    return err
e2 = g()
print("g returned")
tb = e2.__traceback__
del e2
print("still have tb")
tb = None
print("end")
