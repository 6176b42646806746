class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
print(T("tmp").n)
print("next")
T("stmt")
print("after statement")
v = len([T("a"), T("b")])
print("len", v)
