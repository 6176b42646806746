# A suspended generator, a closure cell and a list still held at exit.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    t = T("gen-local")
    yield 1
    yield 2
g = gen()
next(g)
h = T("h")
def outer():
    o = T("cell")
    def inner():
        return o
    return inner
fn = outer()
lst = [T("l0"), T("l1")]
print("end")
