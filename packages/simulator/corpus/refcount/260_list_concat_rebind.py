class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = [T(1)]
x = x + [T(2)]
print("concatenated", len(x))
x = x[1:]
print("sliced", x[0].n)
x = None
print("end")
