import gc
class T:
    def __init__(self, n):
        self.n = n
        self.kids = []
    def __del__(self):
        print("del", self.n)
root = T("root")
for i in range(3):
    kid = T("kid" + str(i))
    kid.parent = root
    root.kids.append(kid)
kid = None
root = None
print("dropped")
gc.collect()
print("end")
