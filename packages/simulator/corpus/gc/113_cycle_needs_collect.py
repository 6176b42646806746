import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T("a")
b = T("b")
a.other = b
b.other = a
a = b = None
print("refs dropped, cycle alive")
gc.collect()
print("after collect")
