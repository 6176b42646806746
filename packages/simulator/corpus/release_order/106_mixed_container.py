class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
data = {"list": [T("l1"), T("l2")], "tuple": (T("t1"), T("t2")), "obj": T("o")}
data = None
print("end")
