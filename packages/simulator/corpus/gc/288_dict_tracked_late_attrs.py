# Instances reached through a dict that was tracked after they were created.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {}
d["a"] = T("a")
e = T("e")
d["b"] = T("b")
d["e"] = e
e.back = d
del e
gc.collect()
print("alive")
del d
gc.collect()
print("end")
