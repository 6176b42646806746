class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f(x):
    print("got", x.n)
    x = T("replacement")
    print("rebound")
f(T("arg"))
print("end")
