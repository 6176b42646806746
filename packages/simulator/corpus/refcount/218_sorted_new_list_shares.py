class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
xs = [T(3), T(1), T(2)]
ys = sorted(xs, key=lambda t: t.n)
xs = None
print("original dropped")
print([t.n for t in ys])
ys = None
print("end")
