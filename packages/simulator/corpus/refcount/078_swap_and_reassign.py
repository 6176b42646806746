class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T("a")
b = T("b")
a, b = b, a
print(a.n, b.n)
a = b
print("a rebound")
b = None
print("b none")
a = None
print("end")
