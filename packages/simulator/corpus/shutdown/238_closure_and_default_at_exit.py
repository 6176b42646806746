class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make():
    t = T("cell")
    return lambda: t.n
fn = make()
def g(d=T("default")):
    return d
first = T("first")
print("end")
