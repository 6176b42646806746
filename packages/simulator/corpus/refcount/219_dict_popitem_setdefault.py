class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"a": T("a"), "b": T("b")}
k, v = d.popitem()
print("popped", k, v.n)
v = None
print("value dropped")
d.setdefault("c", T("c"))
d.setdefault("c", T("unused"))
print("end")
