class T:
    def __init__(self, n):
        self.n = n
        print("init", n)
    def __del__(self):
        print("del", self.n)
def pair(a, b):
    print("pair", a.n, b.n)
    return a.n + b.n
print(pair(T(1), T(2)))
print(pair(T(3), T(4)) + pair(T(5), T(6)))
