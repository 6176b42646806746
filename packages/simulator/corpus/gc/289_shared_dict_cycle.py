# Two objects sharing one dict that points back at them.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
holder = {}
a = T("a")
b = T("b")
holder["x"] = b
a.h = holder
b.h = holder
holder["y"] = a
del a, b
gc.collect()
print("alive")
holder = None
gc.collect()
print("end")
