class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    a = T("a")
    b = T("b")
    c = T("c")
    def inner():
        return b.n
    inner()
    print("f ends")
f()
print("end")
