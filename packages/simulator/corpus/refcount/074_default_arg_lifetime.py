class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f(x=T("default")):
    return x.n
print(f())
print(f(T("arg")))
del f
print("function deleted")
