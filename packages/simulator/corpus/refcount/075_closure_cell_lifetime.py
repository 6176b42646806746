class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def outer():
    t = T("captured")
    def inner():
        return t.n
    return inner
g = outer()
print("outer returned", g())
g = None
print("closure dropped")
