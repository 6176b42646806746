class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __len__(self):
        return self.n
if T(1):
    print("truthy branch")
if not T(0):
    print("falsy branch")
r = T(2) and T(3)
print("r is", r.n)
