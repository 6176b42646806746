# del of several targets, nested attributes and missing keys; augmented assignment replacing an attribute or item.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __add__(self, k):
        return T(self.n + "+")
    def __iadd__(self, k):
        print("iadd on", self.n)
        return T(self.n + "i")
a = [T("a0"), T("a1"), T("a2")]
b = T("b")
del a[0], b
print("--")
x = T("x")
y = T("y")
del (x, y)
print("--")
class H:
    pass
h = H()
h.inner = H()
h.inner.t = T("deep")
del h.inner.t
print("--")
d = {"k": T("dk")}
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
del d["k"]
print("--")
h.t = T("ht")
h.t += 1
print("after iadd", h.t.n)
lst = [T("l0")]
lst[0] += 1
print("after item iadd", lst[0].n)
class P:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __add__(self, k):
        return P(self.n + "+")
p = P("p")
p += 1
print("plus done", p.n)
print("end")
