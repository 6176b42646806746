class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for i, t in enumerate([T("a"), T("b")]):
    print(i, t.n)
print("after enumerate")
for x, y in zip([T(1)], [T(2)]):
    print(x.n, y.n)
print("after zip")
