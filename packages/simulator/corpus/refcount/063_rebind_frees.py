class T:
    def __init__(self, n):
        self.n = n
        print("new", n)
    def __del__(self):
        print("del", self.n)
x = T("a")
x = T("b")
print("after rebind")
x = None
print("end")
