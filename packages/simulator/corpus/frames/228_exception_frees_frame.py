class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    a = T("a")
    b = T("b")
    raise KeyError("x")
try:
    f()
except KeyError:
    print("handling")
print("after")
