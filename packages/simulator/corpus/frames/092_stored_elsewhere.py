class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
store = []
def f():
    a = T("a")
    b = T("b")
    c = T("c")
    store.append(b)
f()
print("f done")
store.pop()
print("end")
