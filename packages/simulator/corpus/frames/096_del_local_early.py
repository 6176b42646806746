class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    a = T("a")
    b = T("b")
    del a
    print("a gone")
    c = T("c")
f()
print("end")
