import gc
saved = []
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        saved.append(self)
a = T("a")
b = T("b")
a.b = b
b.a = a
a = b = None
gc.collect()
print("saved", sorted(t.n for t in saved))
saved.clear()
gc.collect()
print("end")
