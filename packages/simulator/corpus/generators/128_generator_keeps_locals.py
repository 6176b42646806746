class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    t = T("local")
    yield 1
    yield 2
g = gen()
print("created, not started")
print(next(g))
print("suspended")
print(next(g))
print("still suspended")
for x in g:
    print("more", x)
print("exhausted")
