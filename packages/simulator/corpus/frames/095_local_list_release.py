class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    xs = [T(1), T(2)]
    y = T(3)
    d = {"a": T(4), "b": T(5)}
f()
print("end")
