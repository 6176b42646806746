saved = []
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        saved.append(self)
t = T(1)
t = None
print("resurrected", len(saved), saved[0].n)
saved.clear()
print("cleared: __del__ not called again")
