class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
xs = [T(1), T(2), T(3)]
del xs[1]
print("after del item")
class H:
    pass
h = H()
h.t = T("attr")
del h.t
print("after del attr")
d = {"k": T("dict")}
d["k"] = T("dict2")
print("after overwrite")
del d["k"]
print("end")
