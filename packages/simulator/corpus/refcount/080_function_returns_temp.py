class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make(n):
    return T(n)
make(1)
print("after discarded call")
x = make(2)
print("stored")
print(make(3).n)
print("end")
