class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    t = T("local")
    return {}["missing"]
x = T("global")
f()
