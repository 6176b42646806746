class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = T("x")
y = T("y")
z = T("z")
del y
print("y gone before exit")
