class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
xs = [T(0), T(1), T(2), T(3), T(4)]
xs[1:4] = [T("new")]
print("after slice assign", len(xs))
del xs[0:2]
print("after del slice")
xs[:] = []
print("end")
