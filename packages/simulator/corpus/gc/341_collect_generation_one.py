# gc.collect(1) between cycles: 3.14's incremental collector only works when enough was allocated.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

c1 = T("c1")
c1.me = c1
del c1
print("collect ")
gc.collect()
print("collect 1")
gc.collect(1)
print("collect 1")
gc.collect(1)
c2 = T("c2")
c2.lst = [T("c2x"), c2]
del c2
print("collect 1")
gc.collect(1)
print("collect 0")
gc.collect(0)
print("collect 0")
gc.collect(0)
print("collect 1")
gc.collect(1)
print("final")
gc.collect()
print("end")
