class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = T("x")
y = T("y")
x.y = y
y.x = x
z = T("z")
print("end of program")
