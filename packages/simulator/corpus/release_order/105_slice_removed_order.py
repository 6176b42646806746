class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
xs = [T(i) for i in range(6)]
xs[1:5] = []
print("removed middle")
xs[0:2] = [T("x"), T("y")]
print("end")
