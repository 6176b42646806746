class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    a = T("a")
    b = T("b")
    yield 1
    c = T("c")
for v in gen():
    print("got", v)
print("end")
