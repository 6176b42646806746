class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
get = lambda t: t.n
print(get(T("arg")))
keep = lambda t, extra: extra
k = keep(T("dropped"), T("kept"))
print("kept", k.n)
