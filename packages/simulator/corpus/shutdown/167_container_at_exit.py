class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
xs = [T(1), T(2)]
single = T("single")
d = {"k": T("k")}
print("end")
