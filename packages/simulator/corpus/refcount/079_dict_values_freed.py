class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"x": T("x"), "y": T("y")}
print(d.pop("x").n)
print("popped")
d.update({"y": T("y2")})
print("updated")
d = {}
print("end")
