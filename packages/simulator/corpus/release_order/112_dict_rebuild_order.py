class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {}
d["a"] = T("a")
d["b"] = T("b")
d["a"] = T("a2")
d["c"] = T("c")
print("filled")
d = None
print("end")
