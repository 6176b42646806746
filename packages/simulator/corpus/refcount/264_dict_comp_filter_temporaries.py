class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {i: T(i) for i in range(4) if T(10 + i).n % 2 == 0}
print(sorted(d))
d = None
print("end")
