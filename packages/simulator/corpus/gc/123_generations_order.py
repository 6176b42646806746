import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def cyc(name):
    t = T(name)
    t.self = t
    return t
old = cyc("old")
gc.collect()
gc.collect()
mid = cyc("mid")
gc.collect(0)
young = cyc("young")
old = mid = young = None
gc.collect()
print("end")
