class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T(1)
b = a
del a
print("a deleted, b alive")
del b
print("b deleted")
