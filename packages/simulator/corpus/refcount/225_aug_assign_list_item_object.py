class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def plus(self, k):
        return T(self.n + k)
xs = [T(1)]
xs[0] = xs[0].plus(10)
print("now", xs[0].n)
counts = [0, 0]
counts[1] += 5
xs[0] = T(xs[0].n + 100)
print("end", counts)
