class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f(p, q):
    x = T("x")
    y = T("y")
    print("in f")
f(T("p"), T("q"))
print("after")
