import gc
gc.disable()
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T("a")
a.me = a
b = T("b")
c = T("c")
c.other = b
print("end")
