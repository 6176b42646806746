class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    local = T("local")
    raise RuntimeError("fatal")
g = T("global")
print("before")
f()
print("never")
