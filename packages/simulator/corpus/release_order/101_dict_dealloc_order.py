class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"c": T("c"), "a": T("a"), "b": T("b")}
d = None
print("dict freed")
e = {}
e[3] = T(3)
e[1] = T(1)
e[2] = T(2)
e.clear()
print("dict cleared")
