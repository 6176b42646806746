# Closing nested generators: which cleanup runs before which local is freed.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def inner():
    try:
        yield T("y1")
    finally:
        print("inner cleanup")
def outer(it):
    for t in it:
        yield t
g = outer(inner())
next(g)
del g
print("--")
g2 = (t for t in inner())
next(g2)
del g2
print("--")
def two():
    a = T("a")
    b = T("b")
    yield 1
g3 = two()
next(g3)
del g3
print("--")
print(any(t.n == "y1" for t in inner()))
