# A three-object ring that survives one collection, then is freed with a self-cycle.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T("a")
b = T("b")
c = T("c")
a.next = b
b.next = c
c.next = a
gc.collect()
d = T("d")
d.next = d
del a, b, c, d
gc.collect()
print("end")
