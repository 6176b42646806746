# Two wrappers sharing one inner object, and a chain of wrappers left at exit.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Wrapper:
    def __init__(self, inner):
        self.inner = inner
    def __del__(self):
        print("del wrapper of", self.inner.n)
w = Wrapper(T("a"))
w2 = Wrapper(w.inner)
del w
print("w gone, inner shared")
w2 = None
print("end")
chain = None
for i in range(4):
    chain = Wrapper(T(i)) if chain is None else Wrapper(chain)
print("built")
