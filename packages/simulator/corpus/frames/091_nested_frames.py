class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def inner():
    i1 = T("i1")
    i2 = T("i2")
    return "inner done"
def outer():
    o1 = T("o1")
    r = inner()
    o2 = T("o2")
    print(r)
outer()
print("end")
