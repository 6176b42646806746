# Tuple swaps, starred unpacking and chained assignment, seen through __del__.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T("a")
b = T("b")
a, b = b, a
print(a.n, b.n)
c = [T("c0"), T("c1")]
c[0], c[1] = c[1], c[0]
print(c[0].n)
first, *rest = [T("r0"), T("r1"), T("r2")]
print(first.n, len(rest))
rest = None
print("rest gone")
x = y = T("shared")
del x
print("x deleted")
y = 5
print("end")
