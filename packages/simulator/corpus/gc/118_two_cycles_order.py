import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def pair(p, q):
    x = T(p)
    y = T(q)
    x.o = y
    y.o = x
pair("a1", "a2")
pair("b1", "b2")
pair("c1", "c2")
gc.collect()
print("end")
