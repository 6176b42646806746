class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def c():
    tc = T("c")
    raise KeyError("deep")
def b():
    tb = T("b")
    c()
def a():
    ta = T("a")
    try:
        b()
    except KeyError:
        print("caught in a")
    print("a continues")
a()
print("end")
