import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def cycle(name):
    a = T(name + "1")
    b = T(name + "2")
    a.p = b
    b.p = a
    return a
keep = cycle("keep")
cycle("drop")
gc.collect()
print("kept", keep.n, keep.p.n)
keep = None
gc.collect()
print("end")
