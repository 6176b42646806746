class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Obj:
    def __init__(self):
        self.first = T("first")
        self.second = T("second")
        self.third = T("third")
    def __del__(self):
        print("Obj del")
o = Obj()
o = None
print("end")
