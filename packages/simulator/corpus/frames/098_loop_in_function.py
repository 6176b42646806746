class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    for i in range(3):
        item = T(i)
    last = T("last")
    print("loop over")
f()
print("end")
