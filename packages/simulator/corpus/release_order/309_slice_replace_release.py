# Which objects slice assignment, clear() and del free, and in which order.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __repr__(self):
        return "T(%s)" % self.n
xs = [T(1), T(2), T(3), T(4), T(5)]
xs[1:4] = [T("new")]
print(xs)
xs[::2] = [T("x"), T("y")]
print(xs)
ys = xs[:]
xs.clear()
print("xs cleared", len(ys))
ys.sort(key=lambda t: str(t.n))
print(ys)
ys.reverse()
del ys[-1]
print("end")
