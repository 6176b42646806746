class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("shutdown del", self.n)
a = T("a")
b = T("b")
c = T("c")
print("last statement")
