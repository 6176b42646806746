class T:
    def __init__(self, n):
        self.n = n
        print("create", n)
    def __del__(self):
        print("free", self.n)
x = T("first")
x = T("second")
x = T("third")
print("done")
