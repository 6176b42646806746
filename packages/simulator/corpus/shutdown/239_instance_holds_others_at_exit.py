class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Owner:
    def __init__(self):
        self.x = T("x")
        self.y = T("y")
    def __del__(self):
        print("owner del")
o = Owner()
loose = T("loose")
print("end")
