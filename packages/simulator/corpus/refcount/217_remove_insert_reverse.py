class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __eq__(self, other):
        return isinstance(other, T) and self.n == other.n
xs = [T(1), T(2), T(3)]
xs.remove(T(2))
print("removed")
xs.insert(0, T(0))
xs.reverse()
print([t.n for t in xs])
xs = None
print("end")
