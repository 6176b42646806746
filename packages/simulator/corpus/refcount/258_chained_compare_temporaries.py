class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
print(T(1).n < T(2).n < T(3).n)
print(T(5).n < T(4).n < T(6).n)
