class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    t = T("gen-local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
keep = T("keep")
print("end")
