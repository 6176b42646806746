class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f(flag):
    if flag:
        z = T("z")
        a = T("a")
    else:
        a = T("a2")
        z = T("z2")
    m = T("m")
    print("body done")
f(True)
print("--")
f(False)
print("end")
