import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T("a")
b = T("b")
a.b = b
b.a = a
a.leaf = T("leaf")
a = b = None
gc.collect()
print("end")
