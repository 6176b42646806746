class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    t = T("in-gen")
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
g = gen()
print(next(g))
g.close()
print("closed")
