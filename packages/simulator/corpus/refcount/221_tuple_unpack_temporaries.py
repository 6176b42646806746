class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def pair():
    return T("p"), T("q")
a, b = pair()
print("unpacked")
a, b = b, None
print("shuffled")
_, c = pair()
print("end", c.n)
