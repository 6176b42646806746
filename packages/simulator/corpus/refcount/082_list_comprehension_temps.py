class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
vals = [T(i).n for i in range(3)]
print(vals)
objs = [T(i) for i in range(3)]
print("built")
objs = [o for o in objs if o.n != 1]
print("filtered")
objs = None
print("end")
