class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
_a = T("_a")
b = T("b")
_c = T("_c")
d = T("d")
print("end")
