# No gc.collect(): the collector runs by itself once enough container objects were allocated.
class T:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        if self.n % 100 == 0:
            print("collected", self.n)
for i in range(600):
    T(i)
print("loop done")
