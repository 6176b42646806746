# A generator dropped while suspended inside a for loop: its stack (the loop's iterator) goes before its locals.
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
def outer():
    for t in inner():
        yield 5
g = outer()
next(g)
del g
print("--")
def outer2():
    keep = T("local")
    for t in [T("a"), T("b")]:
        yield t.n
g = outer2()
next(g)
g = None
print("--")
def outer3(it):
    for t in it:
        yield 5
g = outer3(inner())
next(g)
del g
print("--")
g = (t.n for t in [T("x"), T("y")])
print(next(g))
del g
print("end")
