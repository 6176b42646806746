class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
xs = [T(1)] * 3
print(len(xs), xs[0] is xs[2])
xs.pop()
xs.pop()
print("two popped")
xs = None
print("end")
