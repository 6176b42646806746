class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
xs = [[T(1), T(2)], [T(3), T(4)], T(5)]
xs = None
print("end")
