class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class P:
    pass
p1 = P()
p1.x = T("p1.x")
p1.y = T("p1.y")
p2 = P()
p2.y = T("p2.y")
p2.x = T("p2.x")
p1 = None
print("--")
p2 = None
print("end")
