# A cycle that runs through a list held in an attribute.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    def __init__(self):
        self.items = []
h = Holder()
h.items.append(T("a"))
h.items.append(h)
x = T("x")
h.items.append(x)
x.back = h
del h, x
gc.collect()
print("end")
