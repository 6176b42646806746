class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
    def value(self):
        return self.n * 10
total = T(1).value() + T(2).value()
print(total)
s = str(T(3).n) + str(T(4).n)
print(s)
