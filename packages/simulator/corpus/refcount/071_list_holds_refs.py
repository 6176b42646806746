class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T("a")
xs = [a, a]
del a
print("still in list")
xs[0] = None
print("one ref left")
xs[1] = None
print("end")
