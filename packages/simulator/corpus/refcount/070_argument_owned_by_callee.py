class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def use(t):
    print("using", t.n)
    return t.n + 1
r = use(T(5))
print("returned", r)
def keep(t):
    return t
k = keep(T(6))
print("kept", k.n)
