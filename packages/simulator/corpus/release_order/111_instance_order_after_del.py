class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class P:
    pass
p = P()
p.a = T("a")
p.b = T("b")
p.c = T("c")
del p.a
p.a = T("a2")
p = None
print("end")
