class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    keep = T("keep")
    lose1 = T("lose1")
    lose2 = T("lose2")
    return keep
k = f()
print("got", k.n)
k = None
print("end")
