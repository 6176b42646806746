class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def hi(self):
        return "hi " + self.n
t = T("obj")
m = t.hi
del t
print("method still holds object:", m())
ms = [T("in-list").hi]
print(ms[0]())
m = None
print("m dropped")
ms.clear()
print("list cleared")
