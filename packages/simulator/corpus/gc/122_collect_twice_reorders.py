import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = T("x")
y = T("y")
z = T("z")
y.x = x
z.y = y
hub = [z]
gc.collect()
print("first collect: nothing freed")
x.back = z
hub = None
x = y = z = None
gc.collect()
print("end")
