class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
t = (T(1), T(2), T(3))
t = None
print("tuple freed")
