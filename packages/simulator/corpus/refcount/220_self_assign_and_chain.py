class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = T("x")
x = x
print("self assign keeps it")
a = b = T("shared")
del a
print("a deleted")
b = T("other")
print("end")
