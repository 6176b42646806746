import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T("a")
b = T("b")
b.self = b
gc.collect()
c = T("c")
print("end")
